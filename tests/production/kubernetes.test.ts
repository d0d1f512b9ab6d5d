/**
 * deploy/kubernetes: every manifest parses, and the Deployment sets exactly settings that
 * src/config.ts defines (all the ones HTTP mode needs in production), with probes on /readyz and /healthz,
 * resources, a locked-down securityContext, and a Service, PDB and HPA that point at it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { loadConfig, SETTING_NAMES } from '../../src/config.js';

const DIR = fileURLToPath(new URL('../../deploy/kubernetes/', import.meta.url));
/** What HTTP mode needs in production: Slack credentials, the public URL, the port, logging, shared dedupe. */
const REQUIRED = [
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'PUBLIC_BASE_URL',
  'PORT',
  'LOG_LEVEL',
  'REDIS_URL',
];
/** The app's own shutdown bound (src/index.ts). */
const APP_SHUTDOWN_S = 10;

// biome-ignore lint/suspicious/noExplicitAny: parsed Kubernetes objects are checked field by field
type Obj = Record<string, any>;
interface Doc {
  readonly file: string;
  readonly obj: Obj;
}

function loadManifests(): Doc[] {
  const docs: Doc[] = [];
  for (const file of readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f))) {
    for (const doc of parseAllDocuments(readFileSync(join(DIR, file), 'utf8'))) {
      if (doc.errors.length) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
      const obj = doc.toJS() as Obj | null;
      if (obj) docs.push({ file, obj });
    }
  }
  return docs;
}

const docs = loadManifests();
const find = (kind: string, name: string): Obj => {
  const hits = docs.filter((d) => d.obj.kind === kind && d.obj.metadata?.name === name);
  if (hits.length !== 1)
    throw new Error(`expected one ${kind}/${name} in deploy/kubernetes, found ${hits.length}`);
  return (hits[0] as Doc).obj;
};

const deployment = find('Deployment', 'meshbot');
const pod = deployment.spec.template.spec;
const container = pod.containers.find((c: Obj) => c.name === 'meshbot') as Obj;
const env = container.env as Obj[];
const httpPort = container.ports.find((p: Obj) => p.name === 'http') as Obj;
const secret = find('Secret', 'meshbot-slack');
const configMap = find('ConfigMap', 'meshbot-config');

/** A probe's or Service's port, named or numbered, as the container port number. */
function resolvePort(port: unknown, ports: Obj[]): number | undefined {
  if (typeof port === 'number') return port;
  return ports.find((p) => p.name === port)?.containerPort;
}

function matches(selector: Obj, labels: Obj): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

describe('deploy/kubernetes manifests', () => {
  it('parse, every document a kind with a name', () => {
    expect(docs.length).toBeGreaterThanOrEqual(8);
    for (const { file, obj } of docs) {
      expect(obj.apiVersion, file).toBeTruthy();
      expect(obj.kind, file).toBeTruthy();
      if (obj.kind !== 'Kustomization') expect(obj.metadata?.name, file).toBeTruthy();
    }
  });

  it('the Deployment sets only settings config.ts defines, and every one HTTP mode needs in production', () => {
    const names = env.map((e) => e.name as string);
    expect(new Set(names).size).toBe(names.length);
    const unknown = names.filter((n) => !(SETTING_NAMES as string[]).includes(n));
    expect(unknown).toEqual([]);
    expect(REQUIRED.filter((n) => !names.includes(n))).toEqual([]);
    // No bulk envFrom that could smuggle in other names.
    expect(container.envFrom).toBeUndefined();
    // Secrets come from the Secret, never inline values.
    for (const name of ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET']) {
      const entry = env.find((e) => e.name === name) as Obj;
      expect(entry.value, name).toBeUndefined();
      expect(entry.valueFrom?.secretKeyRef?.name, name).toBe('meshbot-slack');
    }
    // HTTP mode, not Socket Mode.
    expect(names).not.toContain('SLACK_APP_TOKEN');
  });

  it('the Secret example and the ConfigMap hold exactly the keys the Deployment references', () => {
    const refs = (kind: 'secretKeyRef' | 'configMapKeyRef', name: string) =>
      env
        .map((e) => e.valueFrom?.[kind])
        .filter((r) => r && r.name === name)
        .map((r) => r.key as string)
        .sort();
    const secretKeys = Object.keys({ ...secret.data, ...secret.stringData }).sort();
    expect(secretKeys).toEqual(refs('secretKeyRef', 'meshbot-slack'));
    expect(Object.keys(configMap.data).sort()).toEqual(refs('configMapKeyRef', 'meshbot-config'));
    for (const key of [...secretKeys, ...Object.keys(configMap.data)]) expect(SETTING_NAMES).toContain(key);
    // Each env var takes the key of its own name.
    for (const e of env.filter((x) => x.valueFrom)) {
      const ref = e.valueFrom.secretKeyRef ?? e.valueFrom.configMapKeyRef;
      expect(ref.key).toBe(e.name);
    }
  });

  it('the environment the pods get is a valid HTTP-mode config on the container port', () => {
    const values: Record<string, string> = {};
    for (const e of env) {
      if (e.value !== undefined) values[e.name] = String(e.value);
      else if (e.valueFrom.secretKeyRef)
        values[e.name] = String(secret.stringData[e.valueFrom.secretKeyRef.key]);
      else values[e.name] = String(configMap.data[e.valueFrom.configMapKeyRef.key]);
    }
    const config = loadConfig(values);
    expect(config.mode).toBe('http');
    expect(config.port).toBe(httpPort.containerPort);
    expect(config.publicBaseUrl).toMatch(/^https:\/\//);
    expect(config.redisUrl).toBe('redis://meshbot-redis:6379');
  });

  it('the Deployment: replicas, probes on /healthz, resources, locked-down securityContext', () => {
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
    expect(matches(deployment.spec.selector.matchLabels, deployment.spec.template.metadata.labels)).toBe(
      true,
    );
    expect(httpPort.containerPort).toBe(3000);
    for (const probe of ['readinessProbe', 'livenessProbe'] as const) {
      const get = container[probe]?.httpGet;
      // Readiness fails on a revoked token (/readyz); liveness does not (/healthz).
      expect(get?.path, probe).toBe(probe === 'readinessProbe' ? '/readyz' : '/healthz');
      expect(resolvePort(get?.port, container.ports), probe).toBe(httpPort.containerPort);
    }
    for (const kind of ['requests', 'limits'] as const) {
      expect(container.resources?.[kind]?.cpu, kind).toBeTruthy();
      expect(container.resources?.[kind]?.memory, kind).toBeTruthy();
    }
    const sc = container.securityContext;
    expect(sc.runAsNonRoot ?? pod.securityContext?.runAsNonRoot).toBe(true);
    expect(sc.allowPrivilegeEscalation).toBe(false);
    expect(sc.readOnlyRootFilesystem).toBe(true);
    expect(sc.capabilities?.drop).toEqual(['ALL']);
    expect(sc.privileged ?? false).toBe(false);
    // The image's USER is a name ("node"): the kubelet needs a numeric non-root uid to verify it.
    const uid = sc.runAsUser ?? pod.securityContext?.runAsUser;
    expect(uid).toBeGreaterThan(0);
    // Room for the preStop pause plus the app's own shutdown bound.
    const preStop = container.lifecycle?.preStop?.exec?.command ?? [];
    const pause = preStop[0] === 'sleep' ? Number(preStop[1]) : 0;
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(pause + APP_SHUTDOWN_S);
  });

  it('/metrics on a port of its own that the Service does not expose, annotated for scraping', () => {
    const values = Object.fromEntries(
      env.filter((e) => e.value !== undefined).map((e) => [e.name, String(e.value)]),
    );
    const metricsPort = container.ports.find((p: Obj) => p.name === 'metrics') as Obj;
    expect(Number(values.METRICS_PORT)).toBe(metricsPort.containerPort);
    expect(metricsPort.containerPort).not.toBe(httpPort.containerPort);
    const annotations = deployment.spec.template.metadata.annotations as Obj;
    expect(annotations['prometheus.io/port']).toBe(String(metricsPort.containerPort));
    const service = find('Service', 'meshbot');
    for (const p of service.spec.ports as Obj[])
      expect(resolvePort(p.targetPort, container.ports)).not.toBe(metricsPort.containerPort);
  });

  it('the Service, PodDisruptionBudget and HorizontalPodAutoscaler point at the Deployment', () => {
    const labels = deployment.spec.template.metadata.labels as Obj;
    const service = find('Service', 'meshbot');
    expect(matches(service.spec.selector, labels)).toBe(true);
    const [port] = service.spec.ports as Obj[];
    expect(resolvePort(port?.targetPort, container.ports)).toBe(httpPort.containerPort);

    const pdb = find('PodDisruptionBudget', 'meshbot');
    expect(matches(pdb.spec.selector.matchLabels, labels)).toBe(true);
    const budget = pdb.spec.minAvailable ?? pdb.spec.maxUnavailable;
    expect(budget).toBeDefined();
    if (pdb.spec.minAvailable !== undefined)
      expect(pdb.spec.minAvailable).toBeLessThan(deployment.spec.replicas);

    const hpa = find('HorizontalPodAutoscaler', 'meshbot');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec.scaleTargetRef).toMatchObject({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'meshbot',
    });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.spec.minReplicas).toBe(deployment.spec.replicas);
    expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
    expect(container.resources.requests.cpu).toBeTruthy(); // CPU utilisation needs a request
  });

  it('the optional Redis is a locked-down Deployment + Service matching REDIS_URL', () => {
    const redis = find('Deployment', 'meshbot-redis');
    const service = find('Service', 'meshbot-redis');
    const rc = redis.spec.template.spec.containers[0] as Obj;
    expect(matches(service.spec.selector, redis.spec.template.metadata.labels)).toBe(true);
    // Selectors of the bot and of Redis must not overlap.
    expect(matches(deployment.spec.selector.matchLabels, redis.spec.template.metadata.labels)).toBe(false);
    const url = new URL(secret.stringData.REDIS_URL);
    expect(url.hostname).toBe('meshbot-redis');
    expect(Number(url.port)).toBe(service.spec.ports[0].port);
    expect(resolvePort(service.spec.ports[0].targetPort, rc.ports)).toBe(6379);
    expect(rc.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(redis.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    expect(rc.resources?.limits?.memory).toBeTruthy();
    // REDIS_URL is optional in the Deployment, so the app runs without Redis too.
    const ref = env.find((e) => e.name === 'REDIS_URL')?.valueFrom?.secretKeyRef;
    expect(ref?.optional).toBe(true);
  });

  it('the kustomization lists every manifest except the Secret example', () => {
    const kustomizations = docs.filter((d) => d.obj.kind === 'Kustomization');
    expect(kustomizations.map((d) => d.file)).toEqual(['kustomization.yaml']);
    const k = (kustomizations[0] as Doc).obj;
    const resources = k.resources as string[];
    const files = readdirSync(DIR).filter(
      (f) => /\.ya?ml$/.test(f) && f !== 'kustomization.yaml' && f !== 'secret.example.yaml',
    );
    expect([...resources].sort()).toEqual(files.sort());
    expect(resources).not.toContain('secret.example.yaml');
    expect(k.images?.[0]?.name).toBe(container.image.split(':')[0]);
  });
});
