/**
 * Embeds as a host site would use them: the embed code copied from the report page, pasted into a page on
 * another origin (a second server on 127.0.0.1, another port) under a strict CSP that allows nothing
 * inline; the iframe reports its height in Datawrapper's and Pym's formats and our /embed.js sizes it.
 * And the embed pages alone: state from the URL, the link back to the report, the oEmbed JSON.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { elements, htmlPages, parseHtml, readDist, textOf } from '../helpers/site.ts';

const SLUG = 'iran-militias-syria-2023';
// Each test loads a page with the map or the timeline (Leaflet, the basemap) and waits for it to settle:
// 10-35 s measured on a loaded 2-core machine.
test.describe.configure({ timeout: 120_000 });
const ORIGIN = (process.env['SITE_URL']?.trim() || 'https://example.org').replace(/\/+$/, '');

/** The embed code the report page offers for a figure (its read-only field), as a reader would copy it. */
function embedCodeOf(kind: 'map' | 'timeline'): string {
  const page = parseHtml(readDist('dist', `reports/${SLUG}/index.html`));
  const field = elements(page).find((el) => el.tagName === 'textarea' && el.properties['id'] === `sitrep-${kind}-${SLUG}-code`);
  if (!field) throw new Error(`no embed code for the ${kind} on the report page`);
  return textOf(field);
}

interface Host {
  url: string;
  close: () => Promise<void>;
}

/** A host site on another origin: one page holding `body`, served under a strict Content-Security-Policy. */
async function hostSite(site: string, body: string): Promise<Host> {
  const csp = `default-src 'none'; script-src ${site}; frame-src ${site}; style-src 'none'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title></head><body><h1>A newsroom's story</h1><p>Before the figure.</p>${body}<p>After the figure.</p></body></html>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/story.html`, close: () => new Promise((done) => server.close(() => done())) };
}

/** Records, in every frame, the messages it receives and any CSP violation. */
async function listen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __messages: unknown[]; __violations: string[] };
    w.__messages = [];
    w.__violations = [];
    window.addEventListener('message', (e) => w.__messages.push(e.data));
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test.describe('an embed on another site', () => {
  let host: Host | undefined;
  test.afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  test('the map sizes its iframe on a host page with a strict CSP, in Datawrapper and Pym formats', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    host = await hostSite(origin, embedCodeOf('map').replaceAll(ORIGIN, origin));
    await listen(page);
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(host.url);
    expect(new URL(host.url).origin).not.toBe(origin);

    const iframe = page.locator('iframe[data-sitrep-embed]');
    await expect(iframe).toHaveAttribute('title', /^Map: /);
    const frame = page.frame({ url: /\/embed\/[^/]+\/map\/$/ })!;
    await expect.poll(async () => Number(await frame.evaluate(() => document.documentElement.dataset['embedHeight'] ?? 0)), { timeout: 30_000 }).toBeGreaterThan(300);
    // The frame's height follows what the page reports, so the whole figure shows without a scrollbar.
    await expect
      .poll(async () => {
        const reported = Number(await frame.evaluate(() => document.documentElement.dataset['embedHeight']));
        const box = await iframe.boundingBox();
        return Math.abs((box?.height ?? 0) - reported);
      }, { timeout: 30_000 })
      .toBeLessThanOrEqual(1);
    const overflow = await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(overflow).toBeLessThanOrEqual(1);

    const reported = Number(await frame.evaluate(() => document.documentElement.dataset['embedHeight']));
    const messages = await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
    const id = `sitrep-map-${SLUG}`;
    expect(messages).toContainEqual({ 'datawrapper-height': { [id]: reported } });
    expect(messages).toContain(`pymxPYMx${id}xPYMxheightxPYMx${reported}`);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);

    // A narrower page: the figure reflows, reports its new height, and the frame follows.
    await page.setViewportSize({ width: 420, height: 800 });
    await expect
      .poll(async () => {
        const now = Number(await frame.evaluate(() => document.documentElement.dataset['embedHeight']));
        const box = await iframe.boundingBox();
        return now !== reported && Math.abs((box?.height ?? 0) - now) <= 1;
      }, { timeout: 30_000 })
      .toBe(true);
  });

  test("a Pym.js host's child id comes back in the height messages", async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    // What Pym's parent does: an iframe whose URL carries ?childId=…, no script of ours on the page.
    host = await hostSite(origin, `<iframe src="${origin}/embed/${SLUG}/timeline/?childId=figure-2" title="Timeline" width="600" height="300"></iframe>`);
    await listen(page);
    await page.goto(host.url);
    await expect
      .poll(async () => (await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).some((m) => typeof m === 'string' && /^pymxPYMxfigure-2xPYMxheightxPYMx\d+$/.test(m)), { timeout: 30_000 })
      .toBe(true);
    const messages = await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
    expect(messages.some((m) => typeof m === 'object' && m !== null && 'datawrapper-height' in m && 'figure-2' in (m as Record<string, object>)['datawrapper-height']!)).toBe(true);
  });
});

test.describe('embed pages', () => {
  test('the map embed opens the place in the URL, and its report link carries it', async ({ page }) => {
    await page.goto(`/embed/${SLUG}/map/#place=al-tanf`);
    await expect(page.locator('.map-card')).toContainText('al-Tanf', { timeout: 30_000 });
    await expect(page.getByRole('link', { name: 'Read the report' })).toHaveAttribute('href', `/reports/${SLUG}/#place=al-tanf`);
    await expect(page.locator('a[data-embed-report]').first()).toHaveAttribute('target', '_blank');
  });

  test('the timeline embed restores a date range from the URL', async ({ page }) => {
    await page.goto(`/embed/${SLUG}/timeline/#range=2023-10-20..2023-10-30`);
    await expect(page.getByRole('button', { name: 'Clear range' })).toBeEnabled({ timeout: 30_000 });
    await expect(page.getByRole('link', { name: 'Read the report' })).toHaveAttribute('href', `/reports/${SLUG}/#range=2023-10-20..2023-10-30`);
  });

  test('an event embed shows the event, where it happened and its sources, and links to it in the report', async ({ page }) => {
    await page.goto('/embed/events/us-strikes-2023-10-26/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('U.S. airstrikes against Iranian militias in Deir ez-Zor');
    await expect(page.getByRole('img', { name: /^Map of where it happened: / })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Find it in the report' })).toHaveAttribute('href', `/reports/${SLUG}/#event=us-strikes-2023-10-26`);
  });

  test('every embed page links its oEmbed JSON: a rich iframe of itself', async ({ page, request }) => {
    const embeds = htmlPages('dist').filter((f) => f.startsWith('embed/'));
    expect(embeds.length).toBeGreaterThan(2);
    for (const file of [`embed/${SLUG}/map/index.html`, `embed/${SLUG}/timeline/index.html`, 'embed/events/us-strikes-2023-10-26/index.html']) {
      const path = `/${file.replace(/index\.html$/, '')}`;
      await page.goto(path);
      const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
      expect(href).toBe(`${ORIGIN}${path}oembed.json`);
      const json = await (await request.get(new URL(href!).pathname)).json();
      expect(json).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Sitrep', width: 800 });
      expect(json.html).toContain(`<iframe src="${ORIGIN}${path}"`);
      expect(json.html).toContain(`<script src="${ORIGIN}/embed.js" async></script>`);
      expect(json.height).toBeGreaterThan(0);
    }
  });

  test('"Copy embed code" on the report copies the figure\'s embed code', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/reports/${SLUG}/`);
    const box = page.locator('details[data-embed-code]').filter({ hasText: 'Embed this map' });
    await box.locator('summary').click();
    await box.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(box.getByRole('status')).toHaveText('Embed code copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(embedCodeOf('map'));
    const origin = ORIGIN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(copied).toMatch(new RegExp(`^<iframe src="${origin}/embed/${SLUG}/map/" title="Map: [^"]+" width="100%" height="\\d+" loading="lazy" referrerpolicy="no-referrer" data-sitrep-embed></iframe>\\n<script src="${origin}/embed\\.js" async></script>$`));
  });

  test('/embed.js is small and needs nothing inline', async ({ request }) => {
    const response = await request.get('/embed.js');
    expect(response.status()).toBe(200);
    const body = await response.body();
    expect(body.length).toBeLessThan(1_000);
  });
});
