import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoCity } from '../../src/demo/load-demo.ts';
import type { App } from '../../src/http/app.ts';
import { describeEngines } from '../engines.ts';
import { makeApp, manualClock } from '../fixtures.ts';
import { ARGS, CHROMIUM, HAS_CHROMIUM, SHOTS, seriousViolations } from './browser.ts';


if (!HAS_CHROMIUM) {
  // Announced, never silent: .ci/run installs Debian's chromium.
  describe.skip(`staff workspace in Chromium — skipped: ${CHROMIUM} is not installed (apt-get install chromium)`, () => {
    it('needs Chromium', () => undefined);
  });
} else {
  describeEngines('staff workspace in Chromium', (getDb, engine) => {
    let app: App;
    let base: string;
    let browser: Browser;
    let executorOrg: string;

    beforeAll(async () => {
      const now = new Date();
      await loadDemoCity(getDb().db, { appeals: 200, now, prefix: '109', copyCsv: getDb().copyCsv, kenesDays: 0 });
      const r = (await getDb().db.execute(sql`select name_ru from organisations where code = 'ozhkh'`)) as unknown as { rows: { name_ru: string }[] };
      executorOrg = r.rows[0]!.name_ru;
      app = await makeApp(getDb(), manualClock(now));
      await app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
      fs.mkdirSync(SHOTS, { recursive: true });
    });
    afterAll(async () => {
      await browser?.close();
      await app?.close();
    });

    async function signIn(login: string): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU' });
      const page = await context.newPage();
      await page.goto(base);
      await page.fill('input[name=login]', login);
      await page.fill('input[name=password]', 'demo');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.topbar');
      return page;
    }

    const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${engine}-${name}.png` });

    async function act(page: Page, label: string, fill?: (p: Page) => Promise<unknown>) {
      await page.getByRole('button', { name: label, exact: true }).click();
      await fill?.(page);
      await page.locator('.action-form button.primary').click();
      await page.waitForSelector('.action-form', { state: 'detached' });
    }

    const status = (page: Page) => page.locator('.card-head .status').textContent();

    it('operator registers by keyboard; inspector routes; executor answers; rework; verified and closed', async () => {
      // Line 1: the call, keyboard only.
      const operator = await signIn('operator');
      await operator.waitForSelector('input[name=phone]:focus');
      await operator.keyboard.type('87771112233');
      await operator.keyboard.press('Tab');
      await operator.keyboard.type('Ермек Сейітов');
      await operator.keyboard.press('Tab');
      await operator.keyboard.press('Tab');
      await operator.keyboard.type('байтур');
      await operator.waitForSelector('[role=option]');
      await operator.keyboard.press('Enter');
      await operator.keyboard.press('Tab');
      await operator.keyboard.type('Во дворе третий день не вывозят мусор, контейнеры переполнены');
      await shot(operator, 'intake');
      await operator.keyboard.press('Control+Enter');
      const number = (await operator.locator('[data-testid=appeal-number]').textContent())?.trim() ?? '';
      expect(number).toMatch(/^109-\d{4}-\d{6}$/);
      await shot(operator, 'intake-done');

      // Line 2 finds it among the appeals to route and sends it to the housing department.
      const inspector = await signIn('inspector');
      await inspector.getByRole('link', { name: number }).click();
      expect(await status(inspector)).toBe('Зарегистрировано');
      await act(inspector, 'Направить', (p) => p.locator('.action-form select').selectOption({ label: executorOrg }));
      expect(await status(inspector)).toBe('Направлено исполнителю');
      await shot(inspector, 'card-routed');

      // Line 3 has it in its inbox, accepts and answers.
      const executor = await signIn('executor');
      await executor.getByRole('link', { name: number }).click();
      await act(executor, 'Принять в работу');
      await act(executor, 'Ответить', (p) => p.fill('.action-form textarea', 'Вывоз выполнен, график восстановлен.'));
      expect(await status(executor)).toBe('Дан ответ');

      // Line 2 sends it back, line 3 answers again, line 2 verifies and closes.
      await inspector.reload();
      await act(inspector, 'На доработку', (p) => p.fill('.action-form textarea', 'Приложите фото площадки.'));
      expect(await status(inspector)).toBe('На доработке');
      await executor.reload();
      await act(executor, 'Ответить', (p) => p.fill('.action-form textarea', 'Вывоз выполнен, фото площадки приложено.'));
      await inspector.reload();
      await act(inspector, 'Проверено');
      await act(inspector, 'Закрыть');
      expect(await status(inspector)).toBe('Закрыто');
      const steps = await inspector.locator('.timeline li strong').allTextContents();
      expect(steps).toEqual(['Регистрация', 'Направить', 'Принять в работу', 'Ответить', 'На доработку', 'Ответить', 'Проверено', 'Закрыть']);
      await shot(inspector, 'card-closed');

      // The queue lists it as closed; the language switch re-renders everything in Kazakh.
      await inspector.getByRole('link', { name: 'Обращения', exact: true }).click();
      await inspector.getByRole('tab', { name: 'Все' }).click();
      await inspector.fill('input[type=search]', number);
      await expect.poll(() => inspector.locator('table.appeals tbody tr').count()).toBe(1);
      await inspector.selectOption('.topbar select', 'kk');
      await expect.poll(() => inspector.locator('table.appeals .status').first().textContent()).toBe('Жабылды');
      await shot(inspector, 'queue-kk');
      // The choice is remembered per user: back to Russian for the tests that follow.
      await inspector.selectOption('.topbar select', 'ru');
      await expect.poll(() => inspector.locator('table.appeals .status').first().textContent()).toBe('Закрыто');
    });

    it('a queue open in another browser shows a new appeal without reload', async () => {
      const inspector = await signIn('inspector');
      await inspector.waitForSelector('table.appeals');
      const before = await inspector.locator('table.appeals tbody tr').count();
      const operator = await signIn('operator');
      await operator.waitForSelector('input[name=phone]:focus');
      await operator.keyboard.type('87770001122');
      await operator.fill('textarea[name=description]', 'Не работает домофон в подъезде');
      await operator.keyboard.press('Control+Enter');
      const number = (await operator.locator('[data-testid=appeal-number]').textContent())?.trim() ?? '';
      // No reload, no click: the inspector's "to route" queue hears of it.
      await expect.poll(() => inspector.getByRole('link', { name: number }).count(), { timeout: 10_000 }).toBe(1);
      expect(await inspector.locator('table.appeals tbody tr').count()).toBe(before + 1);
      // The tab shows how many it holds, and that count follows the change too.
      await expect.poll(() => inspector.getByRole('tab', { selected: true }).locator('.count').textContent()).toBe(String(before + 1));
      // A saved view survives a reload.
      await inspector.fill('input[type=search]', 'домофон');
      await inspector.getByRole('button', { name: 'Сохранить вид' }).click();
      await inspector.reload();
      await inspector.getByRole('button', { name: /★ .*домофон/ }).click();
      await expect.poll(() => inspector.locator('input[type=search]').inputValue()).toBe('домофон');
      await expect.poll(() => inspector.getByRole('link', { name: number }).count()).toBe(1);
      await shot(inspector, 'queue-live');
    });

    it('an admin edits a catalogue deadline, a calendar day and creates a user', async () => {
      const admin = await signIn('admin');
      await admin.getByRole('link', { name: 'Администрирование' }).click();
      // Browse: a sphere opens its categories, a category its items; the path leads back.
      await admin.locator('table.appeals tbody tr td:nth-child(3) button').first().click();
      await expect.poll(() => admin.locator('table.appeals tbody tr td:nth-child(2)').first().textContent()).toBe('Категория');
      await admin.locator('table.appeals tbody tr td:nth-child(3) button').first().click();
      await expect.poll(() => admin.locator('table.appeals tbody tr td:nth-child(2)').first().textContent()).toBe('Пункт');
      await admin.locator('.crumbs button').first().click();
      await expect.poll(() => admin.locator('table.appeals tbody tr td:nth-child(2)').first().textContent()).toBe('Сфера');
      await admin.fill('.admin input[type=search]', 'канализационный люк');
      await admin.getByRole('button', { name: 'S04.C03.I001' }).click();
      await admin.fill('.admin-form input[type=number]', '2');
      await admin.getByRole('button', { name: 'Сохранить' }).click();
      await expect.poll(() => admin.locator('.admin-form [role=status]').textContent()).toBe('Сохранено');
      await expect.poll(() => admin.locator('table.appeals tbody tr', { hasText: 'S04.C03.I001' }).locator('td').nth(4).textContent()).toContain('2 ');
      await shot(admin, 'admin-catalogue');

      await admin.getByRole('tab', { name: 'Календарь' }).click();
      await admin.getByRole('button', { name: /^\d{4}-12-30/ }).click();
      await admin.locator('.admin-form select').selectOption('holiday');
      for (const [i, v] of ['Перенос', 'Ауыстыру', 'Moved day off'].entries()) await admin.locator('.admin-form input').nth(i).fill(v);
      await admin.getByRole('button', { name: 'Сохранить' }).click();
      await expect.poll(() => admin.getByRole('button', { name: /^\d{4}-12-30 Перенос/ }).getAttribute('class')).toContain('off');
      await shot(admin, 'admin-calendar');

      await admin.getByRole('tab', { name: 'Пользователи' }).click();
      await admin.getByRole('button', { name: 'Новая запись' }).click();
      const form = admin.locator('.admin-form');
      await form.locator('input').nth(0).fill('a.nurlanova');
      await form.locator('input').nth(1).fill('Нурланова Айжан');
      await form.locator('input[type=password]').fill('strong-password-1');
      await admin.getByRole('button', { name: 'Создать' }).click();
      await expect.poll(() => admin.getByRole('button', { name: 'a.nurlanova' }).count()).toBe(1);
      await shot(admin, 'admin-users');
    });

    it('a supervisor lands on their sector and opens an executor’s appeals', async () => {
      const supervisor = await signIn('supervisor');
      await supervisor.waitForSelector('table.appeals tbody tr');
      expect(await supervisor.locator('h1').textContent()).toBe('Исполнители и сроки');
      const r = (await getDb().db.execute(sql`select o.name_ru from organisations o join users u on u.id = o.supervisor_id where u.login = 'supervisor'`)) as unknown as { rows: { name_ru: string }[] };
      const mine = new Set(r.rows.map((x) => x.name_ru));
      const shown = await supervisor.locator('table.appeals tbody tr td:first-child').allTextContents();
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((name) => mine.has(name))).toBe(true);
      await shot(supervisor, 'sector');
      await supervisor.locator('table.appeals tbody tr td:first-child a').first().click();
      await supervisor.waitForSelector('table.appeals tbody tr');
      const executors = new Set(await supervisor.locator('table.appeals tbody tr td:nth-child(5)').allTextContents());
      expect(executors.size).toBe(1);
      expect(mine.has([...executors][0]!)).toBe(true);
    });

    it('every main screen passes an accessibility audit (axe-core: no serious or critical violations)', async () => {
      const audit = async (page: Page, screen: string) => {
        const violations = await seriousViolations(page);
        expect({ screen, violations }).toEqual({ screen, violations: [] });
      };
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const anon = await context.newPage();
      await anon.goto(base);
      await anon.waitForSelector('input[name=login]');
      await audit(anon, 'login');
      const operator = await signIn('operator');
      await operator.waitForSelector('input[name=phone]');
      await audit(operator, 'intake');
      const inspector = await signIn('inspector');
      await inspector.getByRole('tab').last().click();
      await inspector.waitForSelector('table.appeals tbody tr');
      await audit(inspector, 'queue');
      await inspector.locator('table.appeals tbody tr a').first().click();
      await inspector.waitForSelector('.timeline');
      await audit(inspector, 'card');
      const admin = await signIn('admin');
      await admin.goto(`${base}/admin`);
      await admin.waitForSelector('.admin table');
      await audit(admin, 'admin');
      await admin.goto(`${base}/sector`);
      await admin.waitForSelector('table.appeals tbody tr');
      await audit(admin, 'sector');
    });

    it('an executor does not see another organisation’s appeal', async () => {
      const executor = await signIn('executor');
      const r = (await getDb().db.execute(sql`select a.id from appeals a join organisations o on o.id = a.executor_id where o.code <> 'ozhkh' limit 1`)) as unknown as { rows: { id: string }[] };
      await executor.goto(`${base}/appeals/${r.rows[0]!.id}`);
      await expect.poll(() => executor.locator('[role=alert]').textContent()).toContain('не вашей организации');
    });
  });
}
