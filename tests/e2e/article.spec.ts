/** The annotated article, read as a reader would: with and without JavaScript, by mouse, keyboard and phone. */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGE = '/reports/iran-militias-syria-2023/';
// The machine these run on is shared and busy: generous limits.
test.describe.configure({ timeout: 120_000 });

const mention = (kind: string, id: string) => `#article-text a.mention[data-ref-kind="${kind}"][data-ref-id="${id}"]`;

test.describe('annotated article', () => {
  test('annotates the six bases, the main actors and the three strike dates', async ({ page }) => {
    await page.goto(PAGE);
    const expected: [string, string, string][] = [
      ['place', 'al-omar', 'al-Omar Field'],
      ['place', 'conoco', 'Conoco plant'],
      ['place', 'kharab-al-jir', 'Kharab al-Jir base'],
      ['place', 'tal-beydar', 'Tal Beydar'],
      ['place', 'al-shaddadi', 'al-Shaddadi'],
      ['place', 'al-tanf', 'al-Tanf base'],
      ['actor', 'irgc', 'IRGC'],
      ['actor', 'islamic-resistance-in-iraq', 'The Islamic Resistance in Iraq'],
      ['actor', 'hajj-mahdi', 'Hajj Mahdi'],
      ['actor', 'saraya-al-khorasani', 'Saraya al-Khorasani'],
      ['actor', 'sdf', 'Syrian Democratic Forces'],
      ['event', 'us-strikes-2023-10-26', 'Oct. 26'],
      ['event', 'us-strikes-2023-11-09', 'Nov. 9'],
      ['event', 'us-strikes-2023-11-12', 'Nov. 12'],
    ];
    for (const [kind, id, text] of expected) {
      const links = page.locator(`${mention(kind, id)}`);
      await expect(links.filter({ hasText: text }).first(), `${kind} ${id}: "${text}"`).toBeVisible();
      await expect(links.first()).toHaveAttribute('href', `#ref-${kind}-${id}`);
    }
  });

  test('a card opens from the keyboard, names the item, selects it with Enter and closes with Escape', async ({ page }) => {
    await page.goto(PAGE);
    // Start on the source marker of paragraph 3, then Tab to the next link: the first mention after it.
    await page.locator('#p-3 [data-marker="provenance"] button').first().focus();
    await page.keyboard.press('Tab');
    const focused = page.locator('#p-3 a.mention:focus');
    await expect(focused).toHaveText('U.S. military');
    const card = page.locator('#mention-card');
    await expect(card).toBeVisible();
    await expect(card.locator('.card-name')).toHaveText('U.S. forces');
    await expect(card).toContainText('external force');
    await expect(focused).toHaveAttribute('aria-describedby', 'mention-card');
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    // Tab on to IRGC's card: it lists the strikes that targeted it.
    await page.locator(mention('actor', 'irgc')).first().focus();
    await expect(card.locator('.card-name')).toHaveText('Islamic Revolutionary Guard Corps (IRGC)');
    await expect(card).toContainText('U.S. strike on IRGC sites in Deir ez-Zor');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#actor=irgc$/);
    expect(await page.evaluate(() => window.sitrepSelection?.get().selected)).toEqual({ kind: 'actor', id: 'irgc' });
  });

  test('on a phone the card docks at the bottom and does not cover the mention', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(PAGE);
    const target = page.locator(mention('place', 'al-tanf')).first();
    // Bring the mention to the very bottom of the screen, where a docked card would cover it.
    await target.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await target.evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
    const card = page.locator('#mention-card');
    await expect(card).toBeVisible();
    const cardBox = (await card.boundingBox())!;
    const mentionBox = (await target.boundingBox())!;
    expect(Math.round(cardBox.y + cardBox.height)).toBe(800);
    expect(mentionBox.y + mentionBox.height <= cardBox.y || mentionBox.y >= cardBox.y + cardBox.height).toBe(true);
  });

  test('the article, its notes, a card and the reference sections have no axe violations', async ({ page }) => {
    // axe walks the whole article; on a shared, loaded machine that takes a while.
    test.setTimeout(180_000);
    await page.goto(PAGE);
    await page.locator(mention('actor', 'irgc')).first().focus();
    await expect(page.locator('#mention-card')).toBeVisible();
    const started = Date.now();
    const results = await new AxeBuilder({ page }).include('#article-text').include('.references').include('#mention-card').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    test.info().annotations.push({ type: 'axe time', description: `${Date.now() - started} ms` });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });

  test('hovering a mention publishes it to the page selection', async ({ page }) => {
    await page.goto(PAGE);
    await page.locator(mention('place', 'al-tanf')).first().hover();
    await expect(page.locator('#mention-card .card-name')).toHaveText('al-Tanf base');
    const hovered = await page.evaluate(() => window.sitrepSelection?.get().hovered);
    expect(hovered).toEqual({ kind: 'place', id: 'al-tanf' });
  });

  test('the paragraphs read word for word as the source, markers aside', async ({ page }) => {
    await page.goto(PAGE);
    const source = readFileSync('tests/fixtures/source/article.txt', 'utf8').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const shown = await page.locator('#article-text p[id^="p-"]').evaluateAll((ps) =>
      ps.map((p) => {
        const copy = p.cloneNode(true) as HTMLElement;
        for (const marker of copy.querySelectorAll('[data-marker]')) marker.remove();
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      }),
    );
    // The source ends with the author's bio, the photo credit and the disclaimer: shown apart, in "About this report".
    expect(shown).toHaveLength(13);
    expect(shown).toEqual(source.slice(0, 13));
    for (const rest of source.slice(13)) await expect(page.locator('.report-meta')).toContainText(rest);
    // The markers exist, so leaving them out above is not a blank check.
    await expect(page.locator('#article-text [data-marker="provenance"]')).toHaveCount(7);
  });

  test('attributed claims carry a small source mark, named for assistive technology, with the confidence from the data', async ({ page }) => {
    await page.goto(PAGE);
    const pentagon = page.locator('#p-3 [data-marker="provenance"]').first();
    await expect(pentagon).toHaveAttribute('data-items', 'us-strikes-2023-10-26 us-strikes-2023-11-09 us-strikes-2023-11-12');
    await expect(pentagon.getByRole('button')).toHaveAccessibleName('Source: official statement; confidence: confirmed');
    await expect(pentagon.locator('.pop-more')).toHaveAttribute('href', '#ref-source-pentagon');
    // A mark, not words in the line: it takes less room than a word.
    const box = (await pentagon.getByRole('button').boundingBox())!;
    expect(box.width).toBeLessThan(20);
    await expect(page.locator('#p-5 [data-marker="provenance"] button')).toHaveAccessibleName('Source: monitor; confidence: reported');
    await expect(page.locator('#p-6 [data-marker="provenance"] button')).toHaveAccessibleName('Source: confidential source; confidence: reported');
  });

  test('the first mention of a name in each paragraph is its link; the others read as plain text', async ({ page }) => {
    await page.goto(PAGE);
    const linked = await page.locator('#article-text p[id^="p-"]').evaluateAll((ps) =>
      ps.map((p) => {
        const keys = [...p.querySelectorAll('a.mention')].map((a) => `${(a as HTMLElement).dataset['refKind']}:${(a as HTMLElement).dataset['refId']}`);
        return keys.length === new Set(keys).size;
      }),
    );
    expect(linked.every(Boolean)).toBe(true);
    // p-3 names Deir ez-Zor twice: once linked, once plain (still the place's, for the linked views).
    await expect(page.locator('#p-3 a.mention[data-ref-id="deir-ez-zor-province"]')).toHaveCount(1);
    await expect(page.locator('#p-3 span.mention-repeat[data-ref-id="deir-ez-zor-province"]')).toHaveCount(1);
    const styles = await page.locator('#article-text a.mention').evaluateAll((as) => [...new Set(as.map((a) => `${getComputedStyle(a).textDecorationStyle} ${getComputedStyle(a).textDecorationThickness}`))]);
    expect(styles).toHaveLength(1);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every mention is a link to an entry that exists, and entries link back', async ({ page }) => {
    await page.goto(PAGE);
    const links = await page.locator('#article-text a.mention').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', id: a.id })));
    expect(links.length).toBeGreaterThan(100);
    const missing = await page.evaluate((hrefs) => hrefs.filter((h) => !h.startsWith('#') || !document.getElementById(h.slice(1))), links.map((l) => l.href));
    expect(missing).toEqual([]);
    const back = await page.locator('.references a.ref-backlink').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(back.length).toBe(links.length);
    expect(new Set(back)).toEqual(new Set(links.map((l) => `#${l.id}`)));
    await page.locator(mention('place', 'al-tanf')).first().click();
    await expect(page).toHaveURL(/#ref-place-al-tanf$/);
    // The folded section opens on the way to its entry.
    await expect(page.locator('#refs-places')).toHaveAttribute('open', '');
    await expect(page.locator('#ref-place-al-tanf')).toBeInViewport();
    await expect(page.locator('#ref-place-al-tanf')).toContainText('33.5058° N, 38.6178° E');
    await expect(page.locator('#ref-source-wikipedia-al-tanf a[rel="noopener noreferrer"]')).toHaveAttribute('href', /^https:\/\/en\.wikipedia\.org\//);
  });
});
