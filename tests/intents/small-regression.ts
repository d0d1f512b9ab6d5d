import { Featurizer } from '../../src/intents/model.js';

/** Eight short questions of four classes, featurized: the regression tests' training set. */
export function smallRegression() {
  const texts = [
    'how does mtls work in linkerd',
    'is mutual tls on by default',
    'rotate the trust anchor certificate',
    'canary release with weighted routing',
    'split traffic between two versions',
    'retry failed requests with a timeout',
    'how many retries before giving up',
    'cert expiry broke the mesh',
  ];
  const ys = [0, 0, 2, 1, 1, 3, 3, 2];
  const f = new Featurizer(0.6, 0.1);
  const xs = f.fit(texts).map((t) => t.x);
  return { f, xs, ys };
}
