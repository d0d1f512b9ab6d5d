/**
 * manifest.json asks for exactly the scopes the code uses: every Web API method called in src/ and
 * every event subscribed maps to the scope it needs, and nothing more is requested.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/kb.js';

interface Manifest {
  features: Record<string, unknown> & { slash_commands?: unknown[] };
  oauth_config: { scopes: { bot: string[]; bot_optional?: string[] }; redirect_urls?: string[] };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] } };
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Manifest;

/** Bot scope each Web API method needs (null: none). */
const METHOD_SCOPES: Record<string, string | null> = {
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'chat.update': 'chat:write',
  'chat.unfurl': 'links:write',
  'views.open': null,
  'views.push': null,
  'views.update': null,
  'views.publish': null,
  'chat.getPermalink': null,
  // Readiness re-checks the token (src/slack/auth-health.ts); auth.test needs no scope.
  'auth.test': null,
  'usergroups.users.list': 'usergroups:read',
  'assistant.threads.setSuggestedPrompts': 'assistant:write',
  'assistant.threads.setTitle': 'assistant:write',
  'assistant.threads.setStatus': 'assistant:write',
};

/** Bot scope each event subscription needs. */
const EVENT_SCOPES: Record<string, string | null> = {
  app_mention: 'app_mentions:read',
  'message.im': 'im:history',
  // The experts channel (public or private): replies in a hand-off thread are relayed to the asker.
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  // Follow-ups without a mention in threads, and opt-in channel suggestions (group DMs too).
  'message.mpim': 'mpim:history',
  link_shared: 'links:read',
  app_home_opened: null,
  // OAuth installs: delete what was stored when the app is uninstalled or its token revoked.
  app_uninstalled: null,
  tokens_revoked: null,
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return full.endsWith('.ts') ? [readFileSync(full, 'utf8')] : [];
  });
}
const code = sources(join(ROOT, 'src')).join('\n');

/** Methods called as client.<ns>.<method>( or through Bolt's Assistant helpers. */
function calledMethods(): Set<string> {
  const out = new Set<string>();
  for (const m of code.matchAll(/client\.((?:[a-z]+\.)+[a-zA-Z]+)\(/g)) if (m[1]) out.add(m[1]);
  const helpers: Record<string, string> = {
    setSuggestedPrompts: 'assistant.threads.setSuggestedPrompts',
    setTitle: 'assistant.threads.setTitle',
    setStatus: 'assistant.threads.setStatus',
  };
  for (const [helper, method] of Object.entries(helpers)) if (code.includes(`${helper}(`)) out.add(method);
  return out;
}

describe('manifest.json scopes', () => {
  it('knows the scope of every Web API method the code calls', () => {
    for (const method of calledMethods()) expect(Object.keys(METHOD_SCOPES), method).toContain(method);
  });

  it('requests exactly the scopes the code and its events need', () => {
    const needed = new Set<string>();
    for (const method of calledMethods()) {
      const scope = METHOD_SCOPES[method];
      if (scope) needed.add(scope);
    }
    for (const event of manifest.settings.event_subscriptions.bot_events) {
      expect(Object.keys(EVENT_SCOPES), event).toContain(event);
      const scope = EVENT_SCOPES[event];
      if (scope) needed.add(scope);
    }
    if (manifest.features.slash_commands?.length) needed.add('commands');
    const optional = manifest.oauth_config.scopes.bot_optional ?? [];
    expect([...manifest.oauth_config.scopes.bot, ...optional].sort()).toEqual([...needed].sort());
    expect(manifest.oauth_config.scopes.bot).not.toContain('im:read');
    expect(manifest.oauth_config.scopes.bot).not.toContain('im:write');
  });

  it('asks for the history of channels and group DMs as optional scopes only', () => {
    // Reading channel messages powers follow-ups without a mention, channel suggestions and the
    // experts relay; a workspace that declines them keeps mentions, DMs and commands.
    const optional = manifest.oauth_config.scopes.bot_optional ?? [];
    expect([...optional].sort()).toEqual(['channels:history', 'groups:history', 'mpim:history']);
    for (const scope of optional) expect(manifest.oauth_config.scopes.bot).not.toContain(scope);
    expect(manifest.oauth_config.scopes.bot).toContain('im:history');
  });

  it('has a listener for every event it subscribes to', () => {
    for (const event of manifest.settings.event_subscriptions.bot_events) {
      if (event.startsWith('message.')) expect(code).toContain('app.message(');
      else expect(code, event).toContain(`app.event('${event}'`);
    }
  });

  it('turns on the agent view (assistant:write needs it) and names the OAuth redirect URL', () => {
    expect(manifest.features.agent_view).toMatchObject({ agent_description: expect.any(String) });
    expect(manifest.oauth_config.redirect_urls).toEqual(['https://meshbot.example.com/slack/oauth_redirect']);
  });
});
