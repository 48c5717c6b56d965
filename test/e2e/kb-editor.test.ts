import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoCity } from '../../src/demo/load-demo.ts';
import type { App } from '../../src/http/app.ts';
import { describeEngines } from '../engines.ts';
import { makeApp, manualClock, samplePhoto } from '../fixtures.ts';
import { ARGS, CHROMIUM, HAS_CHROMIUM, SHOTS, seriousViolations } from './browser.ts';

const TITLE = 'Разбитое стекло в подъезде: куда сообщить';
const BODY = 'Разбитое стекло в подъезде заменяет **управляющая компания** (ОСИ или ПКСК).\n\n1. Сфотографируйте окно.\n2. Сообщите в 109 адрес и номер подъезда.';
const STEP3 = '3. Проверьте через три рабочих дня.';

if (!HAS_CHROMIUM) {
  describe.skip(`knowledge base editor in Chromium — skipped: ${CHROMIUM} is not installed (apt-get install chromium)`, () => {
    it('needs Chromium', () => undefined);
  });
} else {
  describeEngines('knowledge base editor in Chromium', (getDb, engine) => {
    let app: App;
    let base: string;
    let browser: Browser;

    beforeAll(async () => {
      const now = new Date();
      await loadDemoCity(getDb().db, { appeals: 20, now, prefix: '109', copyCsv: getDb().copyCsv, kenesDays: 0 });
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

    // A 1366×768 laptop: the size the editor is laid out for.
    async function signIn(login: string): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU' });
      const page = await context.newPage();
      await page.goto(base);
      await page.fill('input[name=login]', login);
      await page.fill('input[name=password]', 'demo');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.topbar');
      return page;
    }
    const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: `${SHOTS}/${engine}-${name}.png`, fullPage });
    const status = (page: Page) => page.locator('.kb-actions [role=status], .kb-actions [role=alert]');

    it('an editor writes, previews, publishes, revises, compares and rolls back; an operator finds it with a typo and reads it', async () => {
      const page = await signIn('editor');
      let confirmLeave = true;
      page.on('dialog', (d) => void (d.type() === 'confirm' && !confirmLeave ? d.dismiss() : d.accept()));
      // The knowledge base is the editor's home.
      await page.getByRole('heading', { name: 'База знаний', level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/kb');

      await page.getByRole('link', { name: 'Новая статья' }).click();
      await page.getByLabel('Ключ (в ссылке)').fill('broken-glass-entrance');
      await page.getByLabel('Теги').fill('жкх');
      await page.keyboard.press('Enter');
      await page.getByLabel('Пункты классификатора').fill('подъезд');
      await page.locator('.kb-items [role=option]').first().waitFor();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.kb-item-list li').count()).toBe(1);
      await page.getByLabel('Заголовок', { exact: true }).fill(TITLE);
      await page.getByLabel(/^Текст/).fill(BODY);
      await page.getByLabel(/Как спрашивают люди/).fill('окно в подъезде разбили\nкто вставит стекло в подъезде');
      // The server renders the preview as readers will see it.
      await expect.poll(() => page.locator('.kb-preview strong').textContent()).toBe('управляющая компания');
      await expect.poll(() => page.locator('.kb-preview ol li').count()).toBe(2);

      await page.getByRole('button', { name: 'Сохранить черновик' }).click();
      await page.waitForURL(/\/kb\/\d+\/edit/);
      await expect.poll(() => status(page).textContent()).toBe('Статья создана, черновик сохранён');
      await expect.poll(() => page.getByRole('tab', { name: /Русский/ }).textContent()).toContain('не опубликована');

      // A picture goes into the text where the cursor is.
      await page.locator('input[type=file]').setInputFiles({ name: 'okno.jpg', mimeType: 'image/jpeg', buffer: await samplePhoto(320, 240) });
      await expect.poll(() => status(page).textContent()).toBe('Загружено файлов: 1');
      await page.getByRole('button', { name: 'Вставить в текст: okno.jpg' }).click();
      await expect.poll(() => page.getByLabel(/^Текст/).inputValue()).toMatch(/!\[okno\.jpg\]\(\/api\/v1\/kb\/files\/[0-9a-f-]+\/original\)/);
      await expect.poll(() => page.locator('.kb-preview img').count()).toBe(1);
      // Leaving with unsaved text asks first; staying keeps the text.
      await expect.poll(() => page.locator('.kb-tabs .kb-dirty').count()).toBe(1);
      confirmLeave = false;
      await page.locator('.topbar').getByRole('link', { name: 'База знаний' }).click();
      expect(new URL(page.url()).pathname).toMatch(/\/kb\/\d+\/edit$/);
      expect(await page.getByLabel(/^Текст/).inputValue()).toContain('![okno.jpg]');
      // The browser's Back button asks too; staying brings the typed text back.
      await page.evaluate('history.back()');
      await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/kb\/\d+\/edit$/);
      await expect.poll(() => page.getByLabel(/^Текст/).inputValue()).toContain('![okno.jpg]');
      await expect.poll(() => page.locator('.kb-tabs .kb-dirty').count()).toBe(1);
      confirmLeave = true;
      await page.getByLabel(/^Текст/).fill(BODY);
      await expect.poll(() => page.locator('.kb-tabs .kb-dirty').count()).toBe(0);

      await page.getByRole('button', { name: 'Опубликовать черновик' }).click();
      await expect.poll(() => status(page).textContent()).toBe('Опубликована редакция 1');
      await expect.poll(() => page.getByRole('tab', { name: /Русский/ }).textContent()).toContain('опубликована');

      await page.getByLabel(/^Текст/).fill(`${BODY}\n${STEP3}`);
      await page.getByLabel('Что изменено (для истории)').fill('шаг 3');
      await expect.poll(() => page.locator('.kb-preview ol li').count()).toBe(3);
      await page.evaluate('window.scrollTo(0, 0)');
      await shot(page, 'kb-editor');
      await page.getByRole('button', { name: 'Сохранить и опубликовать' }).click();
      await expect.poll(() => status(page).textContent()).toBe('Сохранено и опубликовано: редакция 2');

      // History: revision 2 published with its note; revision 1 compared word by word.
      const rows = page.locator('.kb-history tbody tr');
      await expect.poll(() => rows.count()).toBe(2);
      expect(await rows.first().textContent()).toContain('шаг 3');
      await page.getByRole('button', { name: 'Редакция 1: Сравнить с опубликованной' }).click();
      await expect.poll(() => page.locator('.kb-diff-text ins').allTextContents()).toEqual([expect.stringContaining('Проверьте через три рабочих дня')]);
      expect(await page.locator('.kb-diff-text del').count()).toBe(0);
      await page.locator('.kb-diff').scrollIntoViewIfNeeded();
      await shot(page, 'kb-history-diff');
      expect(await seriousViolations(page)).toEqual([]);

      // Rollback: revision 1 is what readers see again.
      await page.getByRole('button', { name: 'Редакция 1: Опубликовать эту редакцию' }).click();
      await expect.poll(() => status(page).textContent()).toBe('Опубликована редакция 1');
      await expect.poll(() => rows.first().textContent()).toContain('последняя');
      expect(await page.getByRole('tab', { name: /Русский/ }).textContent()).toContain('есть черновик');

      // A colleague saves while this editor types: the save is refused, the typed text stays, and
      // the next save (from the colleague's revision) goes through.
      const articleId = Number(/\/kb\/(\d+)\/edit/.exec(page.url())![1]);
      await page.getByLabel(/^Текст/).fill(`${BODY}\n3. Мой шаг.`);
      const full = (await (await page.request.get(`${base}/api/v1/kb/articles/${articleId}`)).json()) as { translations: { latest: { revisionId: number } }[] };
      const other = await page.request.put(`${base}/api/v1/kb/articles/${articleId}/translations/ru`, {
        data: { title: TITLE, body: `${BODY}\n3. Шаг коллеги.`, note: 'коллега', baseRevisionId: full.translations[0]!.latest.revisionId },
      });
      expect(other.status()).toBe(200);
      await page.getByRole('button', { name: 'Сохранить черновик' }).click();
      await expect.poll(() => page.locator('.kb-actions [role=alert]').textContent()).toContain('статью сохранил другой сотрудник');
      expect(await page.getByLabel(/^Текст/).inputValue()).toContain('Мой шаг');
      await expect.poll(() => rows.first().textContent()).toContain('коллега');
      await page.getByRole('button', { name: 'Сохранить черновик' }).click();
      await expect.poll(() => status(page).textContent()).toBe('Черновик сохранён: редакция 4');

      // The editors' list shows the state per language and filters by it.
      await page.getByRole('link', { name: 'База знаний', exact: true }).first().click();
      await page.getByLabel('Состояние').selectOption('draft');
      await expect.poll(() => page.locator('.kb-table tbody tr', { hasText: TITLE }).count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, 'kb-list-editor');
      // The same workspace in Kazakh: longer words, same layout.
      await page.getByRole('link', { name: TITLE }).click();
      await page.waitForURL(/\/kb\/\d+\/edit/);
      await page.locator('.topbar select').selectOption('kk');
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      await page.getByRole('tab', { name: /Орысша/ }).waitFor();
      await shot(page, 'kb-editor-kk');
      await page.locator('.topbar select').selectOption('ru');

      // An operator finds it with a typo and reads the published (rolled back) text.
      const op = await signIn('operator');
      await op.getByRole('link', { name: 'База знаний' }).click();
      await op.getByLabel('Поиск по базе знаний').fill('разбитое стикло падъезд');
      const hit = op.locator('.kb-results li', { hasText: TITLE });
      await hit.waitFor();
      expect(await seriousViolations(op)).toEqual([]);
      await shot(op, 'kb-search');
      await hit.getByRole('link').click();
      await op.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      expect(await op.locator('.kb-doc strong').textContent()).toBe('управляющая компания');
      expect(await op.locator('.kb-doc').textContent()).not.toContain('три рабочих дня');
      await expect.poll(() => op.getByRole('button', { name: 'Скопировать публичную ссылку' }).count()).toBe(1);
      expect(await op.getByRole('link', { name: 'Редактировать' }).count()).toBe(0);
      expect(await seriousViolations(op)).toEqual([]);
      await shot(op, 'kb-reader');
      await op.context().close();

      // Admins edit too; deleting asks first and removes the article from the list.
      const admin = await signIn('admin');
      await admin.locator('.topbar').getByRole('link', { name: 'База знаний' }).click();
      await admin.getByRole('link', { name: 'Новая статья' }).waitFor();
      await admin.locator('.kb-table tbody tr').first().waitFor();
      await shot(admin, 'kb-list-admin');
      await admin.context().close();
      await page.getByRole('button', { name: 'Удалить статью' }).click();
      await page.waitForURL(/\/kb$/);
      await expect.poll(() => page.locator('.kb-table tbody tr', { hasText: TITLE }).count()).toBe(0);
      await page.context().close();
    });
  });
}
