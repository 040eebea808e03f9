import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Catalog } from '../../src/catalog';
import type { Report } from '../../src/model/report';
import { html } from '../../src/reporters/html';

const EVIL_TITLE = '<img src=x onerror="window.pwned=1"><b>Evil</b> & Co';

const report: Report = {
  tool: { name: 'connector-precheck', version: '0.0.0-test' },
  summary: { connectors: 3, passed: 1, failed: 2, errors: 2, warnings: 1 },
  connectors: [
    {
      path: 'certified-connectors/Alpha',
      title: EVIL_TITLE,
      program: 'verified',
      passed: false,
      findings: [
        { rule: 'swagger-title-max-length', severity: 'error', file: 'apiDefinition.swagger.json', pointer: '/info/title', line: 4, column: 18, message: 'The title "<script>x</script>" is long.', fix: 'Shorten it.' },
      ],
    },
    {
      path: 'independent-publisher-connectors/Beta',
      title: 'Beta',
      program: 'independent',
      passed: false,
      findings: [
        { rule: 'props-brand-color-independent', severity: 'error', file: 'apiProperties.json', pointer: '/properties/iconBrandColor', line: 3, column: 27, message: 'Wrong colour.', fix: 'Use #da3b01.' },
        { rule: 'swagger-title-max-length', severity: 'warning', file: 'apiDefinition.swagger.json', message: 'A warning.', fix: 'Fix it.' },
      ],
    },
    { path: 'certified-connectors/Gamma', title: 'Gamma', program: 'verified', passed: true, findings: [] },
  ],
};

/** Paths of the connector groups the page currently shows. */
async function visible(page: Page): Promise<string[]> {
  return page.$$eval('tbody.connector:not([hidden])', (groups) => groups.map((g) => (g as HTMLElement).dataset.path ?? ''));
}

describe('html report in a browser', function () {
  this.timeout(60_000);
  let browser: Browser;
  let page: Page;
  let dir: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-html-'));
    const file = path.join(dir, 'report.html');
    fs.writeFileSync(file, html(report, { catalog: new Catalog(), color: false }));
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage();
    await page.goto('file://' + file);
  });

  after(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows a connector title containing markup as text, running none of it', async () => {
    const titleCell = await page.$eval('tbody[data-path="certified-connectors/Alpha"] tr.summary td:nth-child(2)', (td) => ({
      text: td.textContent,
      elements: td.children.length,
    }));
    expect(titleCell).to.deep.equal({ text: EVIL_TITLE, elements: 0 });
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).to.equal(undefined);
    expect(await page.$$('tbody.connector img, tbody.connector b, tbody.connector script')).to.have.length(0);
  });

  it('filters by program, result, rule and severity', async () => {
    expect(await visible(page)).to.have.length(3);
    await page.selectOption('#f-program', 'independent');
    expect(await visible(page)).to.deep.equal(['independent-publisher-connectors/Beta']);
    await page.selectOption('#f-program', '');
    await page.selectOption('#f-result', 'PASS');
    expect(await visible(page)).to.deep.equal(['certified-connectors/Gamma']);
    await page.selectOption('#f-result', '');
    await page.selectOption('#f-rule', 'swagger-title-max-length');
    expect(await visible(page)).to.deep.equal(['certified-connectors/Alpha', 'independent-publisher-connectors/Beta']);
    await page.selectOption('#f-severity', 'error');
    expect(await visible(page)).to.deep.equal(['certified-connectors/Alpha']);
    await page.selectOption('#f-rule', '');
    await page.selectOption('#f-severity', '');
    expect(await page.textContent('#shown')).to.equal('3 of 3 shown');
  });

  it('expands a connector to its findings with message, fix and a link to the rule docs', async () => {
    const details = 'tbody[data-path="certified-connectors/Alpha"] tr.details';
    expect(await page.isHidden(details)).to.equal(true);
    await page.click('tbody[data-path="certified-connectors/Alpha"] tr.summary');
    expect(await page.isVisible(details)).to.equal(true);
    const cells = await page.$$eval(`${details} tr.finding td`, (tds) => tds.map((td) => td.textContent));
    expect(cells).to.deep.equal(['apiDefinition.swagger.json:4:18/info/title', 'error', 'swagger-title-max-length', 'The title "<script>x</script>" is long.', 'Shorten it.']);
    expect(await page.getAttribute(`${details} a`, 'href')).to.match(/docs\/rules\/swagger-title-max-length\.md$/);
  });

  it('sorts by a column', async () => {
    await page.click('th[data-key="errors"]');
    await page.click('th[data-key="errors"]');
    const order = await page.$$eval('tbody.connector', (gs) => gs.map((g) => (g as HTMLElement).dataset.path));
    expect(order[order.length - 1]).to.equal('certified-connectors/Gamma');
  });
});
