/** What a reader of the seed report sees, in Chromium, against the built site. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const SLUG = 'iran-militias-syria-2023';
const source = readFileSync('tests/fixtures/source/article.txt', 'utf8')
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);

test('the index lists the seed report, linking to its page', async ({ page }) => {
  await page.goto('/');
  const link = page.getByRole('link', { name: /Iranian-backed militias escalate attacks/ });
  await expect(link).toHaveAttribute('href', `/reports/${SLUG}/`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/reports/${SLUG}/$`));
});

test('the seed page shows the header: title, author, publisher and date', async ({ page }) => {
  await page.goto(`/reports/${SLUG}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iranian-backed militias escalate attacks on coalition bases in north-eastern Syria');
  const byline = page.locator('.report-byline');
  await expect(byline).toContainText('Samer al-Ahmed');
  await expect(byline).toContainText('Middle East Institute');
  await expect(byline).toContainText('between 12 and 20 November 2023');
  await expect(page).toHaveTitle(/Iranian-backed militias escalate attacks/);
});

test('the key figures come from the data: 46 attacks (24 Iraq, 22 Syria), 56 injured, one death', async ({ page }) => {
  await page.goto(`/reports/${SLUG}/`);
  const attacks = page.locator('.tally-summary [data-tally="attacks-oct17-nov09"]');
  await expect(attacks).toContainText('at least 46');
  await expect(attacks).toContainText('17 October – 9 November 2023');
  await expect(attacks).toContainText('24 in Iraq, 22 in Syria');
  await expect(page.locator('.tally-summary [data-tally="us-troops-injured"]')).toContainText('56 U.S. troops injured');
  await expect(page.locator('.tally-summary [data-tally="contractor-deaths"]')).toContainText('1 Contractor deaths');
});

test('the bio, photo credit and disclaimer are metadata, not body text, and no photo is shown', async ({ page }) => {
  await page.goto(`/reports/${SLUG}/`);
  const article = page.locator('#article-text');
  await expect(article).not.toContainText('Samer al-Ahmed is a Syrian journalist');
  await expect(article).not.toContainText('U.S. Army photo');
  await expect(article).not.toContainText('non-partisan');
  const meta = page.locator('.report-meta');
  await expect(meta).toContainText(source[13]!);
  await expect(meta).toContainText('U.S. Army photo by Sgt. Julio Hernandez');
  await expect(meta).toContainText('MEI welcomes financial donations');
  await expect(page.locator('img')).toHaveCount(0);
});

test('the page reads without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/reports/${SLUG}/`);
  await expect(page.locator('#article-text p[id^="p-"]')).toHaveCount(13);
  await expect(page.locator('.tally-summary [data-tally="attacks-oct17-nov09"]')).toContainText('at least 46');
  await context.close();
});
