import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core.js';
import { webRoutes } from '../../src/web/routes.js';
import { startWebServer, type WebServer } from '../../src/web/server.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = resolve(ROOT, '.tmp');

const core = createCore({ baseUrl: 'http://localhost:1234' });
let web: WebServer;
let browser: Browser | undefined;

beforeAll(async () => {
  web = await startWebServer(webRoutes(core, { health: () => ({ ok: true }) }), {
    port: 0,
    host: '127.0.0.1',
  });
});

afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe('answer pages in a real browser', () => {
  it('searches /answers, opens the multi-cluster answer and renders cleanly', async () => {
    // Fail (never skip): CI installs Chromium, so a missing binary is a broken setup.
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM}. Install it with "apt-get install -y chromium" ` +
          '(or set CHROMIUM_PATH); this browser test must run.',
      );
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));

    const res = await page.goto(`http://127.0.0.1:${web.port}/answers`);
    expect(res?.status()).toBe(200);
    await expect(page.title()).resolves.toBe('Service mesh answers · meshbot');

    const box = page.locator('form.search input[name="q"]');
    await box.fill('multi cluster linkerd');
    await Promise.all([page.waitForURL(/\/answers\?q=multi/), box.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('multi cluster linkerd');
    await expect(box.inputValue()).resolves.toBe('multi cluster linkerd');

    const best = page.locator('section.result a.card').first();
    const mc = core.kb.byId.get('multi-cluster');
    if (!mc) throw new Error('multi-cluster entry missing');
    await expect(best.getAttribute('href')).resolves.toBe('/answers/multi-cluster');
    await expect(best.locator('.t').textContent()).resolves.toBe(mc.title);

    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: resolve(SHOTS, 'answers.png'), fullPage: true });

    await Promise.all([page.waitForURL(/\/answers\/multi-cluster$/), best.click()]);
    await expect(page.locator('h1').textContent()).resolves.toBe(mc.title);
    await expect(page.locator('meta[property="og:title"]').getAttribute('content')).resolves.toBe(mc.title);
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(
      'http://localhost:1234/answers/multi-cluster',
    );
    // Two comparison columns side by side at desktop width.
    const cols = page.locator('.cols .col');
    await expect(cols.count()).resolves.toBe(2);
    const [a, b] = await Promise.all([cols.nth(0).boundingBox(), cols.nth(1).boundingBox()]);
    expect(a && b && Math.abs(a.y - b.y) < 1 && b.x > a.x).toBe(true);
    await page.screenshot({ path: resolve(SHOTS, 'answer-multi-cluster.png'), fullPage: true });

    // Narrow screens: no horizontal scrolling of the page itself.
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);

    // The strict CSP blocks nothing the pages use (inline styles only).
    expect(problems).toEqual([]);
    await context.close();
  });
});
