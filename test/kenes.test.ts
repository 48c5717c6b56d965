import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { eraseOldTranscripts, kenesRecount } from '../src/app/kenes.ts';
import { checkStats, rebuildStats } from '../src/app/stats.ts';
import { appeals, kenesConversations, kenesMessages } from '../src/db/schema.ts';
import type { App } from '../src/http/app.ts';
import { kt } from '../src/kenes/messages.ts';
import { describeEngines } from './engines.ts';
import { loadConfig } from '../src/config/config.ts';
import { client, makeApp, manualClock, seedWorld, type World } from './fixtures.ts';
import { seedDemoKb } from './kenes-fixtures.ts';

describeEngines('Kenes API', (getDb) => {
  let app: App;
  let w: World;
  const clock = manualClock(new Date('2026-03-02T10:00:00+05:00'));
  const as = (who: keyof World['tokens']) => client(app, w.tokens[who]);
  const citizen = () => client(app, undefined, 'ru');
  let n = 0;
  const say = (token: string, text: string, extra: Record<string, unknown> = {}) => citizen().post(`/api/v1/kenes/conversations/${token}/messages`, { text, clientId: `m${++n}`, ...extra });
  const start = async (lang = 'ru') => {
    const r = await citizen().post('/api/v1/kenes/conversations', { lang });
    expect(r.status).toBe(201);
    return r.body.token as string;
  };

  beforeAll(async () => {
    w = await seedWorld(getDb().db);
    await seedDemoKb(getDb().db);
    app = await makeApp(getDb(), clock);
  });
  afterAll(() => app.close());

  let token: string;
  let convId: string;

  it('starts a conversation with an unguessable token and the welcome in the chosen language', async () => {
    const r = await citizen().post('/api/v1/kenes/conversations', { lang: 'kk' });
    expect(r.status).toBe(201);
    expect(r.body.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(r.body.status).toBe('bot');
    expect(r.body.messages).toEqual([expect.objectContaining({ seq: 1, role: 'bot', kind: 'welcome', text: kt('kk', 'bot.welcome') })]);
    expect(r.headers['cache-control']).toBe('no-store');
    token = r.body.token;
  });

  it('answers a Kazakh question with the article; a retried message changes nothing', async () => {
    const body = { text: 'Мекенжай анықтамасын қайдан аламын?', clientId: 'q-1' };
    const r = await citizen().post(`/api/v1/kenes/conversations/${token}/messages`, body);
    expect(r.status).toBe(201);
    expect(r.body.replayed).toBe(false);
    const [mine, answer] = r.body.messages;
    expect(mine).toMatchObject({ seq: 2, role: 'citizen', text: body.text });
    expect(answer).toMatchObject({ seq: 3, role: 'bot', kind: 'answer', lang: 'kk', askFeedback: true, feedback: null });
    expect(answer.article).toMatchObject({ key: 'address-certificate-egov', url: '/portal/kb/address-certificate-egov?lang=kk' });
    expect(answer.article.html).toContain('<p>');
    // The citizen never sees the bot's scores.
    expect(JSON.stringify(r.body)).not.toContain('coverage');

    const again = await citizen().post(`/api/v1/kenes/conversations/${token}/messages`, body);
    expect(again.status).toBe(200);
    expect(again.body.replayed).toBe(true);
    expect(again.body.messages).toEqual(r.body.messages);
    const reused = await citizen().post(`/api/v1/kenes/conversations/${token}/messages`, { ...body, text: 'басқа сұрақ' });
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const all = await citizen().get(`/api/v1/kenes/conversations/${token}`);
    expect(all.body.messages.map((m: { seq: number }) => m.seq)).toEqual([1, 2, 3]);
    const after = await citizen().get(`/api/v1/kenes/conversations/${token}?after=2`);
    expect(after.body.messages.map((m: { seq: number }) => m.seq)).toEqual([3]);
  });

  it('takes 👍 on an answer once; refuses feedback on other messages', async () => {
    const r = await citizen().post(`/api/v1/kenes/conversations/${token}/feedback`, { seq: 3, value: 'up' });
    expect(r.status).toBe(200);
    expect(r.body.messages.at(-1)).toMatchObject({ role: 'bot', kind: 'feedback', text: kt('kk', 'bot.feedback_up') });
    const again = await citizen().post(`/api/v1/kenes/conversations/${token}/feedback`, { seq: 3, value: 'down' });
    expect(again.status).toBe(200);
    const all = await citizen().get(`/api/v1/kenes/conversations/${token}`);
    expect(all.body.messages.find((m: { seq: number }) => m.seq === 3).feedback).toBe('up');
    expect((await citizen().post(`/api/v1/kenes/conversations/${token}/feedback`, { seq: 1, value: 'up' })).body.error.code).toBe('VALIDATION_FAILED');
    expect((await citizen().post(`/api/v1/kenes/conversations/${token}/feedback`, { seq: 99, value: 'up' })).status).toBe(404);
  });

  it('refuses bad input with clear 4xx codes', async () => {
    const base = `/api/v1/kenes/conversations/${token}/messages`;
    expect((await citizen().post(base, { text: '', clientId: 'x' })).body.error.code).toBe('VALIDATION_FAILED');
    expect((await citizen().post(base, { text: 'a' })).body.error.code).toBe('VALIDATION_FAILED');
    expect((await citizen().post(base, { text: 'a', clientId: 'x', option: 2 })).body.error.code).toBe('VALIDATION_FAILED');
    expect((await citizen().post(base, { text: 'a', clientId: 'x', extra: 1 })).status).toBe(400);
    expect((await citizen().post(base, { text: 'x'.repeat(2_001), clientId: 'x' })).status).toBe(400);
    const nope = await citizen().post('/api/v1/kenes/conversations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/messages', { text: 'привет', clientId: 'x' });
    expect(nope.status).toBe(404);
    expect(nope.body.error.code).toBe('NOT_FOUND');
    expect((await citizen().get('/api/v1/kenes/conversations/short')).status).toBe(404);
    const badJson = await app.inject({ method: 'POST', url: base, headers: { 'content-type': 'application/json' }, payload: '{"text":' });
    expect(badJson.statusCode).toBe(400);
    expect((await citizen().post('/api/v1/kenes/conversations', { lang: 'de' })).status).toBe(400);
    // Numbers beyond the database's integers are bad input, not a 500.
    const far = await citizen().get(`/api/v1/kenes/conversations/${token}?after=3000000000`);
    expect(far.status).toBe(400);
    expect(far.body.error.code).toBe('VALIDATION_FAILED');
    expect((await citizen().post(`/api/v1/kenes/conversations/${token}/feedback`, { seq: 3_000_000_000, value: 'up' })).body.error.code).toBe('VALIDATION_FAILED');
  });

  it('hands off on request in Kazakh: the conversation waits in the operators’ queue with its transcript', async () => {
    const r = await say(token, 'адаммен сөйлескім келеді');
    expect(r.status).toBe(201);
    expect(r.body.status).toBe('waiting');
    expect(r.body.messages[1]).toMatchObject({ kind: 'handoff', lang: 'kk', text: kt('kk', 'bot.handoff.request') });
    // While a person is to answer, the bot says nothing more.
    const more = await say(token, 'Күтіп отырмын');
    expect(more.status).toBe(201);
    expect(more.body.messages).toHaveLength(1);

    const q = await as('operator').get('/api/v1/kenes/queue?filter=waiting');
    expect(q.status).toBe(200);
    const item = q.body.items.find((i: { preview: string }) => i.preview === 'Күтіп отырмын');
    expect(item).toMatchObject({ status: 'waiting', lang: 'kk', handoffReason: 'request', takenBy: null });
    convId = item.id;
    const t = await as('operator').get(`/api/v1/kenes/queue/${convId}`);
    expect(t.body.transcript.map((m: { role: string }) => m.role)).toEqual(['bot', 'citizen', 'bot', 'bot', 'citizen', 'bot', 'citizen']);
    // Staff see the bot's decision behind each answer.
    expect(t.body.transcript[2].decision.coverage).toBeGreaterThan(0.8);
  });

  it('only operators, inspectors and admins work the queue', async () => {
    expect((await as('executorA').get('/api/v1/kenes/queue')).body.error.code).toBe('FORBIDDEN_ROLE');
    expect((await as('supervisor1').post(`/api/v1/kenes/queue/${convId}/take`)).body.error.code).toBe('FORBIDDEN_ROLE');
    expect((await client(app).get('/api/v1/kenes/queue')).status).toBe(401);
    expect((await as('inspector').get('/api/v1/kenes/queue')).status).toBe(200);
    expect((await as('operator').get('/api/v1/kenes/queue/not-a-uuid')).status).toBe(404);
  });

  it('an operator takes it and replies; the citizen sees the reply; another operator cannot take it', async () => {
    const take = await as('operator').post(`/api/v1/kenes/queue/${convId}/take`);
    expect(take.status).toBe(200);
    expect(take.body).toMatchObject({ status: 'operator', takenBy: { id: w.staff.operator.id } });
    expect((await as('operator').post(`/api/v1/kenes/queue/${convId}/take`)).status).toBe(200);
    expect((await as('inspector').post(`/api/v1/kenes/queue/${convId}/take`)).body.error.code).toBe('CONVERSATION_TAKEN');
    expect((await as('inspector').post(`/api/v1/kenes/queue/${convId}/reply`, { text: 'x', clientId: 'i1' })).body.error.code).toBe('CONVERSATION_TAKEN');

    const reply = { text: 'Сәлеметсіз бе! Мекенжайыңызды жазыңызшы.', clientId: 'op-1' };
    expect((await as('operator').post(`/api/v1/kenes/queue/${convId}/reply`, reply)).status).toBe(200);
    expect((await as('operator').post(`/api/v1/kenes/queue/${convId}/reply`, reply)).status).toBe(200);
    const seen = await citizen().get(`/api/v1/kenes/conversations/${token}`);
    const fromOperator = seen.body.messages.filter((m: { role: string }) => m.role === 'operator');
    expect(fromOperator).toEqual([expect.objectContaining({ text: reply.text })]);
    expect(seen.body.messages.some((m: { kind: string }) => m.kind === 'operator_joined')).toBe(true);
    expect(seen.body.status).toBe('operator');
    // No staff names or ids reach the citizen.
    expect(JSON.stringify(seen.body)).not.toContain('operator user');
  });

  it('registers an appeal from the conversation (channel chatbot) and tells the citizen its number, once', async () => {
    const body = { description: 'Аулада жарық жанбайды, Байтұрсынов 110', catalogueItemId: w.items.pothole.id, citizen: { fullName: 'Айгүл', phone: '+7 705 123 45 67' } };
    const r = await as('operator').post(`/api/v1/kenes/queue/${convId}/appeal`, body);
    expect(r.status).toBe(201);
    expect(r.body.number).toMatch(/^109-2026-\d+$/);
    const again = await as('operator').post(`/api/v1/kenes/queue/${convId}/appeal`, body);
    expect(again.status).toBe(200);
    expect(again.body.number).toBe(r.body.number);
    const [a] = await getDb().db.select().from(appeals).where(eq(appeals.number, r.body.number));
    expect(a).toMatchObject({ channel: 'chatbot', catalogueItemId: w.items.pothole.id });
    const seen = await citizen().get(`/api/v1/kenes/conversations/${token}`);
    expect(seen.body.appealNumber).toBe(r.body.number);
    expect(seen.body.messages.filter((m: { kind: string }) => m.kind === 'appeal')).toHaveLength(1);
    expect(seen.body.messages.at(-1).text).toContain(r.body.trackingCode);
    expect((await as('operator').post(`/api/v1/kenes/queue/${convId}/appeal`, { description: 'short' })).status).toBe(400);
  });

  it('closing ends it: the citizen may not write to it any more', async () => {
    const r = await as('operator').post(`/api/v1/kenes/queue/${convId}/close`);
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('closed');
    const post = await say(token, 'тағы бір сұрақ');
    expect(post.status).toBe(409);
    expect(post.body.error.code).toBe('CONVERSATION_CLOSED');
    expect((await as('operator').get('/api/v1/kenes/queue?filter=closed')).body.items.map((i: { id: string }) => i.id)).toContain(convId);
  });

  it('hands off after two misses, and answers small talk and off-topic questions without counting them as questions', async () => {
    const t = await start();
    expect((await say(t, 'Здравствуйте!')).body.messages[1]).toMatchObject({ kind: 'smalltalk', text: kt('ru', 'bot.greeting') });
    expect((await say(t, 'How to transfer money between cards?')).body.messages[1]).toMatchObject({ kind: 'offtopic', lang: 'en', text: kt('en', 'bot.offtopic.bank') });
    expect((await say(t, 'квантовая хромодинамика глюонов')).body.messages[1].kind).toBe('miss');
    const second = await say(t, 'синхрофазотрон кварков');
    expect(second.body.status).toBe('waiting');
    expect(second.body.messages[1]).toMatchObject({ kind: 'handoff', text: kt('ru', 'bot.handoff.misses') });
    const q = await as('operator').get('/api/v1/kenes/queue');
    expect(q.body.items.find((i: { preview: string }) => i.preview === 'синхрофазотрон кварков')).toMatchObject({ handoffReason: 'misses' });
  });

  it('a "did you mean" option is picked by its button', async () => {
    const t = await start();
    const c = await say(t, 'когда отключат горячую воду');
    const clarify = c.body.messages[1];
    expect(clarify.kind).toBe('clarify');
    expect(clarify.options.length).toBeGreaterThanOrEqual(2);
    const pick = await say(t, clarify.options[1].title, { action: 'option', option: 2 });
    expect(pick.body.messages[1]).toMatchObject({ kind: 'answer' });
    expect(pick.body.messages[1].article.articleId).toBe(clarify.options[1].articleId);
    // A 👎 on it is counted, and the conversation is no longer deflected.
    expect((await citizen().post(`/api/v1/kenes/conversations/${t}/feedback`, { seq: pick.body.messages[1].seq, value: 'down' })).status).toBe(200);
  });

  it('a deflected conversation: answered, no hand-off, no 👎', async () => {
    const t = await start('en');
    expect((await say(t, 'How do I get an EDS?')).body.messages[1]).toMatchObject({ kind: 'answer', lang: 'en' });
  });

  it('metrics equal a recount, for staff only', async () => {
    const m = await as('analyst').get('/api/v1/kenes/metrics');
    expect(m.status).toBe(200);
    const recount = await kenesRecount(getDb().db, clock.now());
    expect(m.body).toEqual(recount);
    expect(m.body.today).toEqual(m.body.month);
    expect(m.body.today).toEqual({
      conversations: 4,
      // kk: address certificate; ru: 2 misses; ru: clarify + pick; en: answer.
      questions: 6,
      answered: 3,
      deflected: 1,
      handedOff: 2,
      thumbsUp: 1,
      thumbsDown: 1,
    });
    expect((await as('executorA').get('/api/v1/kenes/metrics')).body.error.code).toBe('FORBIDDEN_ROLE');
    // A new day starts from zero; the month keeps counting.
    clock.advance(24 * 3_600_000);
    const next = await as('analyst').get('/api/v1/kenes/metrics');
    expect(next.body.today.questions).toBe(0);
    expect(next.body.month.questions).toBe(6);
    expect(next.body).toEqual(await kenesRecount(getDb().db, clock.now()));
    // The wallboard shows the same figures, read in its one round trip.
    expect((await client(app).get('/api/v1/wallboard')).body.kenes).toEqual(next.body);
  });

  it("stats-check covers the chatbot's counters: agrees, finds a tampered day, and the rebuild repairs it", async () => {
    const db = getDb().db;
    expect((await checkStats(db)).differences.filter((d) => d.table === 'kenes_stats_day')).toEqual([]);
    await db.execute(sql`update kenes_stats_day set questions = questions + 5 where day = '2026-03-02'`);
    const found = (await checkStats(db)).differences.filter((d) => d.table === 'kenes_stats_day');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ key: '2026-03-02' });
    expect(found[0]!.actual[1]! - found[0]!.expected[1]!).toBe(5);
    await rebuildStats(db);
    expect(await checkStats(db)).toMatchObject({ ok: true, differences: [] });
    expect((await as('analyst').get('/api/v1/kenes/metrics')).body.month.questions).toBe(6);
  });

  it('two staff members registering from one conversation at once make one appeal, whatever each typed', async () => {
    const t = await start();
    expect((await say(t, 'адаммен сөйлескім келеді')).body.status).toBe('waiting');
    const waiting = (await as('operator').get('/api/v1/kenes/queue?filter=waiting')).body.items as { id: string; preview: string }[];
    const id = waiting.find((i) => i.preview === 'адаммен сөйлескім келеді')!.id;
    const body = (d: string) => ({ description: d, catalogueItemId: w.items.pothole.id });
    const [a, b] = await Promise.all([
      as('operator').post(`/api/v1/kenes/queue/${id}/appeal`, body('Яма во дворе дома по Байтурсынова 110')),
      as('inspector').post(`/api/v1/kenes/queue/${id}/appeal`, body('Глубокая яма во дворе, Байтурсынова 110')),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(b.body.number).toBe(a.body.number);
    expect(b.body.trackingCode).toBe(a.body.trackingCode);
    const made = await getDb().db.select({ id: appeals.id }).from(appeals).where(eq(appeals.idempotencyKey, `kenes:${id}`));
    expect(made).toHaveLength(1);
    // And later, from anyone: the same appeal.
    const later = await as('admin').post(`/api/v1/kenes/queue/${id}/appeal`, body('Ещё раз про яму во дворе'));
    expect(later.status).toBe(200);
    expect(later.body.number).toBe(a.body.number);
    const seen = await citizen().get(`/api/v1/kenes/conversations/${t}`);
    expect(seen.body.messages.filter((m: { kind: string }) => m.kind === 'appeal')).toHaveLength(1);
  });
  it('outside the operators\' hours a hand-off still waits in the queue, and the citizen is told their hours and when one will answer', async () => {
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', KENES_OPERATOR_HOURS: '09:00-18:00 workdays' });
    // Friday evening; Monday 9 March 2026 is the day off for Women's Day (a Sunday).
    const evening = manualClock(new Date('2026-03-06T19:30:00+05:00'));
    const desk = await makeApp(getDb(), evening, config);
    try {
      const talk = async (lang: 'ru' | 'kk' | 'en', text: string) => {
        const c = client(desk, undefined, lang);
        const t = (await c.post('/api/v1/kenes/conversations', { lang })).body.token as string;
        return (await c.post(`/api/v1/kenes/conversations/${t}/messages`, { text, clientId: 'h1' })).body;
      };
      const ru = await talk('ru', 'оператор');
      expect(ru.status).toBe('waiting');
      const reply = ru.messages[1].text as string;
      expect(reply.startsWith(kt('ru', 'bot.handoff.request'))).toBe(true);
      expect(reply).toContain(kt('ru', 'bot.hours.workdays', { from: '09:00', to: '18:00' }));
      expect(reply).toMatch(/10 марта.*09:00/);
      const kk = await talk('kk', 'адаммен сөйлескім келеді');
      expect(kk.messages[1].text).toContain(kt('kk', 'bot.hours.workdays', { from: '09:00', to: '18:00' }));
      const en = await talk('en', 'human');
      expect(en.messages[1].text).toMatch(/Tue.*10 March.*09:00/);
      // In working hours: the hand-off alone.
      evening.set(new Date('2026-03-10T10:00:00+05:00'));
      const day = await talk('ru', 'оператор');
      expect(day.messages[1].text).toBe(kt('ru', 'bot.handoff.request'));
      // The default is round the clock: the main app never adds the note.
      const night = await say(await start(), 'оператор');
      expect(night.body.messages[1].text).toBe(kt('ru', 'bot.handoff.request'));
    } finally {
      await desk.close();
    }
  });
  it('erases the texts of conversations untouched for the retention period, keeping every figure; open work is kept', async () => {
    const db = getDb().db;
    const idOf = async (t: string) => (await db.select({ id: kenesConversations.id }).from(kenesConversations).where(eq(kenesConversations.tokenHash, createHash('sha256').update(t).digest('hex'))))[0]!.id;
    const textsOf = async (id: string) => (await db.select({ text: kenesMessages.text }).from(kenesMessages).where(eq(kenesMessages.conversationId, id))).map((m) => m.text);
    // Left with the bot after an answer and a vote; handed off, answered and closed; handed off and still waiting.
    const left = await start();
    const asked = await say(left, 'Как получить справку о месте жительства?');
    await citizen().post(`/api/v1/kenes/conversations/${left}/feedback`, { seq: asked.body.messages[1].seq, value: 'up' });
    const done = await start();
    await say(done, 'оператор');
    const doneId = await idOf(done);
    await as('operator').post(`/api/v1/kenes/queue/${doneId}/take`);
    await as('operator').post(`/api/v1/kenes/queue/${doneId}/reply`, { text: 'Мой телефон +7 701 234 56 78, перезвоню', clientId: 'r-erase' });
    await as('operator').post(`/api/v1/kenes/queue/${doneId}/close`);
    const open = await start();
    await say(open, 'оператор, меня зовут Айгуль, ИИН 900101300123');
    const openId = await idOf(open);
    const figures = await kenesRecount(db, clock.now());

    // Not yet: 364 days later nothing is due.
    const at = (days: number) => ({ db, now: () => new Date(clock.now().getTime() + days * 86_400_000) });
    expect(await eraseOldTranscripts(at(364), 365)).toBe(0);
    const erased = await eraseOldTranscripts(at(400), 365);
    expect(erased).toBeGreaterThanOrEqual(2);
    expect(await eraseOldTranscripts(at(400), 365)).toBe(0);

    for (const t of [left, done]) {
      expect((await textsOf(await idOf(t))).every((x) => x === '')).toBe(true);
      const gone = await citizen().get(`/api/v1/kenes/conversations/${t}`);
      expect(gone.status).toBe(404);
      expect((await say(t, 'ещё вопрос')).status).toBe(404);
    }
    const [row] = await db.select().from(kenesConversations).where(eq(kenesConversations.id, await idOf(left)));
    expect(row).toMatchObject({ status: 'closed', state: {} });
    expect(row!.erasedAt).not.toBeNull();
    // Staff see when it was erased; the transcript keeps its shape, not its words.
    const staff = await as('operator').get(`/api/v1/kenes/queue/${doneId}`);
    expect(staff.body.erasedAt).toBe(at(400).now().toISOString());
    expect(JSON.stringify(staff.body)).not.toContain('701 234');
    expect(staff.body.transcript.map((m: { role: string }) => m.role)).toContain('operator');
    // The waiting conversation is open work: untouched.
    expect((await textsOf(openId)).join(' ')).toContain('Айгуль');
    expect((await citizen().get(`/api/v1/kenes/conversations/${open}`)).status).toBe(200);
    // Every figure as before, and the counters still equal their recount.
    expect(await kenesRecount(db, clock.now())).toEqual(figures);
    expect((await checkStats(db)).differences).toEqual([]);
  });
});
