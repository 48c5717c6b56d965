import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoCity } from '../../src/demo/load-demo.ts';
import type { App } from '../../src/http/app.ts';
import { kt } from '../../src/kenes/messages.ts';
import { describeEngines } from '../engines.ts';
import { makeApp, manualClock } from '../fixtures.ts';
import { seedDemoKb } from '../kenes-fixtures.ts';
import { ARGS, CHROMIUM, HAS_CHROMIUM, SHOTS, seriousViolations } from './browser.ts';

const QUESTION = 'Мекенжай анықтамасын қайдан аламын?';
const HUMAN = 'адаммен сөйлескім келеді';
const REPLY = 'Сәлеметсіз бе! Мен оператормын, көмектесейін.';

if (!HAS_CHROMIUM) {
  describe.skip(`Kenes in Chromium — skipped: ${CHROMIUM} is not installed (apt-get install chromium)`, () => {
    it('needs Chromium', () => undefined);
  });
} else {
  describeEngines('Kenes in Chromium: a citizen asks in Kazakh, then asks for a person; an operator answers', (getDb, engine) => {
    let app: App;
    let base: string;
    let browser: Browser;
    let citizen: Page;

    beforeAll(async () => {
      const now = new Date();
      await loadDemoCity(getDb().db, { appeals: 100, now, prefix: '109', copyCsv: getDb().copyCsv, kenesDays: 0 });
      await seedDemoKb(getDb().db);
      app = await makeApp(getDb(), manualClock(now));
      await app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
      // A phone, in Kazakh: the portal opens in the browser's language.
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'kk-KZ' });
      citizen = await context.newPage();
      fs.mkdirSync(SHOTS, { recursive: true });
    });
    afterAll(async () => {
      await browser?.close();
      await app?.close();
    });

    const audit = async (page: Page, screen: string) => {
      const violations = await seriousViolations(page);
      expect({ screen, violations }).toEqual({ screen, violations: [] });
    };

    it('answers a Kazakh question, hands off on request, and the operator’s reply reaches the widget', async () => {
      await citizen.goto(`${base}/portal`);
      await citizen.getByRole('button', { name: kt('kk', 'widget.open') }).click();
      const panel = citizen.getByRole('dialog', { name: kt('kk', 'widget.title') });
      await panel.waitFor();
      await expect.poll(() => panel.locator('.kenes-bot').first().textContent()).toContain(kt('kk', 'bot.welcome'));
      await audit(citizen, 'widget');

      // The question in Kazakh → the article's own text, in Kazakh, with 👍/👎.
      await citizen.getByLabel(kt('kk', 'widget.input')).fill(QUESTION);
      await citizen.keyboard.press('Enter');
      const article = panel.locator('.kenes-article');
      await article.waitFor({ timeout: 15_000 });
      expect(await article.locator('h3').textContent()).toMatch(/[Мм]екенжай анықтамасы/);
      expect(await article.getAttribute('class')).toContain('kenes-article');
      await expect.poll(() => panel.locator('.kenes-msg[data-kind=answer]').getAttribute('lang')).toBe('kk');
      await citizen.screenshot({ path: `${SHOTS}/${engine}-kenes-widget-answer.png` });
      await panel.getByRole('button', { name: kt('kk', 'widget.helpful') }).click();
      await panel.locator('.kenes-thanks', { hasText: kt('kk', 'widget.thanks_feedback') }).waitFor();
      await audit(citizen, 'widget with an answer');

      // Asking for a person, in Kazakh.
      await citizen.getByLabel(kt('kk', 'widget.input')).fill(HUMAN);
      await citizen.keyboard.press('Enter');
      await panel.getByText(kt('kk', 'bot.handoff.request')).waitFor();
      await panel.getByText(kt('kk', 'widget.waiting')).waitFor();

      // The operator, at a desk: the conversation is in the queue with its transcript.
      const desk = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU' });
      const staff = await desk.newPage();
      await staff.goto(base);
      // A busy 2-core machine can take a while to hand out the first chunks.
      await staff.waitForSelector('input[name=login]', { timeout: 60_000 });
      await staff.fill('input[name=login]', 'operator');
      await staff.fill('input[name=password]', 'demo');
      await staff.keyboard.press('Enter');
      await staff.waitForSelector('.topbar');
      // The nav tells the operator someone is waiting, wherever they are in the workspace.
      expect(await staff.locator('.kenes-waiting').textContent({ timeout: 15_000 })).toBe('1');
      await staff.getByRole('link', { name: kt('ru', 'queue.nav') }).click();
      const item = staff.locator('[data-testid=kenes-queue-item]', { hasText: HUMAN });
      await item.waitFor({ timeout: 10_000 });
      await item.click();
      await staff.locator('.kq-transcript', { hasText: QUESTION }).waitFor();
      await staff.getByRole('button', { name: kt('ru', 'queue.take'), exact: true }).click();
      await staff.getByLabel(kt('ru', 'queue.reply')).fill(REPLY);
      await staff.getByRole('button', { name: kt('ru', 'queue.send'), exact: true }).click();
      await staff.locator('.kq-operator', { hasText: REPLY }).waitFor();
      await expect.poll(() => staff.locator('[data-testid=kenes-metrics] tbody tr').first().textContent()).toContain('1');
      await staff.screenshot({ path: `${SHOTS}/${engine}-kenes-queue.png` });
      await audit(staff, 'queue');

      // The citizen sees the reply in the widget (it polls while a person has the conversation).
      await panel.locator('.kenes-operator', { hasText: REPLY }).waitFor({ timeout: 15_000 });
      await panel.getByText(kt('kk', 'widget.with_operator')).waitFor();
      await citizen.screenshot({ path: `${SHOTS}/${engine}-kenes-widget-operator.png` });
      await desk.close();
    });

    it('offers "did you mean" as buttons when unsure, in Russian, and answers the one picked', async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'ru-RU' });
      const page = await context.newPage();
      await page.goto(`${base}/portal`);
      await page.getByRole('button', { name: kt('ru', 'widget.open') }).click();
      const panel = page.getByRole('dialog', { name: kt('ru', 'widget.title') });
      await panel.locator('.kenes-bot').first().waitFor();
      await page.getByLabel(kt('ru', 'widget.input')).fill('когда отключат горячую воду');
      await page.keyboard.press('Enter');
      const options = panel.getByRole('group', { name: kt('ru', 'bot.clarify') });
      await options.waitFor({ timeout: 15_000 });
      const buttons = options.getByRole('button');
      expect(await buttons.count()).toBeGreaterThanOrEqual(3);
      await page.screenshot({ path: `${SHOTS}/${engine}-kenes-widget-clarify.png` });
      await audit(page, 'widget with options');
      const first = ((await buttons.first().textContent()) ?? '').replace(/^1\. /, '');
      await buttons.first().click();
      await expect.poll(() => panel.locator('.kenes-article h3').last().textContent(), { timeout: 15_000 }).toBe(first);
      await context.close();
    });
  });
}
