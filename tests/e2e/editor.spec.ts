import { expect, test } from '@playwright/test';

const ACLED_HEADER = 'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1';

test('a report offers its events as ACLED-format CSV', async ({ request }) => {
  const response = await request.get('/reports/iran-militias-syria-2023/events.csv');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/csv');
  const text = await response.text();
  expect(text.startsWith(ACLED_HEADER)).toBe(true);
  // The U.S. strikes of 26 October, as an analyst would find them next to ACLED data.
  expect(text).toMatch(/\r\n[^\r\n]*,2023-10-26,2023,1,Political violence,Explosions\/Remote violence,Air\/drone strike,/);
});
