import { describe, expect, it } from 'vitest';
import { MODEL_KINDS, predict, prepare, train, type Sample } from './classifier.ts';
import { dedupe, evaluate, macroF1, split } from './evaluate.ts';
import { mulberry32 } from './random.ts';

// A small synthetic city: three topics, each said many ways in Russian and Kazakh.
const TOPICS: Record<string, string[]> = {
  light: ['не горит фонарь во дворе', 'нет освещения на улице', 'темно, фонари не работают', 'көшеде жарық жоқ', 'шамдар жанбайды', 'уличное освещение не работает вечером'],
  pothole: ['яма на дороге', 'разбит асфальт, ямы на проезжей части', 'дорогу надо ремонтировать, выбоины', 'жолда шұңқыр бар', 'жолды жөндеу керек', 'глубокие ямы на дороге у дома'],
  trash: ['не вывозят мусор', 'контейнеры переполнены мусором', 'свалка мусора во дворе', 'қоқыс шығарылмайды', 'қоқыс контейнерлері толы', 'мусор не вывозят неделю'],
};

function syntheticSamples(n: number, seed = 1): Sample[] {
  const rand = mulberry32(seed);
  const labels = Object.keys(TOPICS);
  const fillers = ['Здравствуйте.', 'Прошу принять меры.', 'Уже неделю.', 'Сәлеметсіз бе.', 'Помогите пожалуйста!', 'Дом 15.'];
  return Array.from({ length: n }, (_, i) => {
    const label = labels[i % labels.length]!;
    const phrases = TOPICS[label]!;
    const text = [fillers[Math.floor(rand() * fillers.length)], phrases[Math.floor(rand() * phrases.length)], phrases[Math.floor(rand() * phrases.length)], `№${i}`].join(' ');
    return { text, label };
  });
}

describe('classifier', () => {
  const samples = syntheticSamples(150);

  it.each(MODEL_KINDS)('%s: learns the topics and ranks with probabilities that sum to at most 1', (kind) => {
    const pm = prepare(train(samples, { kind }));
    const p = predict(pm, 'Вечером на улице темно, не горит ни один фонарь');
    expect(p.ranked[0]!.label).toBe('light');
    expect(p.ranked.map((r) => r.p)).toEqual([...p.ranked.map((r) => r.p)].sort((a, b) => b - a));
    expect(p.ranked.reduce((a, r) => a + r.p, 0)).toBeLessThanOrEqual(1 + 1e-9);
    expect(predict(pm, 'Жолда үлкен шұңқырлар').ranked[0]!.label).toBe('pothole');
    expect(predict(pm, 'қоқыс').ranked[0]!.label).toBe('trash');
  });

  it('is not confident about a text it knows nothing of', () => {
    const pm = prepare(train(samples, { kind: 'centroid' }));
    const p = predict(pm, 'xyzzy plugh');
    expect(p.confident).toBe(false);
    expect(predict(pm, 'не вывозят мусор, контейнеры переполнены').confident).toBe(true);
  });

  it('survives a JSON round trip (the model is stored as jsonb) with the same answers', () => {
    const model = train(samples, { kind: 'linear' });
    const again = prepare(JSON.parse(JSON.stringify(model)) as typeof model);
    const text = 'темно во дворе';
    expect(predict(again, text).ranked).toEqual(predict(prepare(model), text).ranked);
  });

  it('is deterministic for a seed', () => {
    expect(JSON.stringify(train(samples, { kind: 'linear', seed: 3 }))).toBe(JSON.stringify(train(samples, { kind: 'linear', seed: 3 })));
  });
});

describe('evaluation', () => {
  it('removes exact duplicates after HTML and spaces, keeping the first', () => {
    const d = dedupe([
      { text: '<p>Яма&nbsp;на дороге</p>', label: 'a' },
      { text: 'Яма на  дороге', label: 'b' },
      { text: 'Другое', label: 'c' },
      { text: '   ', label: 'd' },
    ]);
    expect(d).toEqual([
      { text: 'Яма на дороге', label: 'a' },
      { text: 'Другое', label: 'c' },
    ]);
  });

  it('splits reproducibly by seed, every item once', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const a = split(items, 0.2, 42);
    expect(a).toEqual(split(items, 0.2, 42));
    expect(a.test).toHaveLength(20);
    expect([...a.train, ...a.test].sort((x, y) => x - y)).toEqual(items);
    expect(split(items, 0.2, 43).test).not.toEqual(a.test);
  });

  it('macro-F1 averages over gold and predicted labels', () => {
    expect(macroF1(['a', 'a', 'b'], ['a', 'a', 'b'])).toBe(1);
    // a: P=1/2 R=1 F=2/3; b: F=0 → 1/3
    expect(macroF1(['a', 'b'], ['a', 'a'])).toBeCloseTo(1 / 3);
  });

  it('gives the same figures for the same seed', () => {
    const s = syntheticSamples(120, 5);
    const strip = (r: ReturnType<typeof evaluate>['result']) => ({ ...r, ms_per_text_p95: 0 });
    const a = evaluate(s, { testShare: 0.25, seed: 7, kind: 'centroid' });
    const b = evaluate(s, { testShare: 0.25, seed: 7, kind: 'centroid' });
    expect(strip(a.result)).toEqual(strip(b.result));
    expect(a.result.n_test).toBe(30);
    expect(a.result.labels).toBe(3);
    expect(a.result.top1).toBeGreaterThan(0.8);
  });
});
