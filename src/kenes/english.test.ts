import { beforeAll, describe, expect, it } from 'vitest';
import { demoKb } from './demo-kb.test-helper.ts';
import { initialState, respond, type EngineDeps } from './engine.ts';

// Kenes in English on the demo city's knowledge base: questions the way an English-speaking
// resident types them, each expecting its article — answered at once, or offered in "did you
// mean" when another article is as likely. A confident answer with a wrong article fails.

const QUESTIONS: [string, string][] = [
  ['How do I register a newborn?', 'birth-registration-proactive'],
  ['How to register the birth of a child', 'birth-registration-proactive'],
  ['How do I enrol my child in kindergarten?', 'kindergarten-queue'],
  ['kindergarten enrolment', 'kindergarten-queue'],
  ['My EDS expired', 'eds-renew'],
  ['How to renew EDS', 'eds-renew'],
  ['How do I get an address certificate?', 'address-certificate-egov'],
  ['Where can I get a certificate of residence', 'address-certificate-egov'],
  ['How to book a queue at the public service centre', 'con-queue-booking'],
  ['Book an appointment at PSC', 'con-queue-booking'],
  ['The lift is broken', 'lift-breakdown'],
  ['Elevator not working in my building', 'lift-breakdown'],
  ['No hot water', 'no-hot-water'],
  ['How do I apply for targeted social assistance', 'targeted-social-assistance'],
  ['How do I replace my ID card', 'id-card-replace'],
  ['Where to complain about potholes', 'potholes'],
  ['Street light is not working', 'street-lights'],
  ['How to get a certificate of no criminal record', 'no-criminal-record-certificate'],
  ['How do I register as unemployed', 'unemployed-registration-enbek'],
  ['Garbage was not collected', 'garbage-not-collected'],
  ['How do I reset my eGov password', 'egov-password-recovery'],
  ['I forgot my eGov password', 'egov-password-recovery'],
  ['I lost my EDS', 'eds-revoke-lost'],
  ['NCALayer does not work', 'ncalayer-not-working'],
  ['How to get a foreign passport', 'passport-foreign-travel'],
  ['How do I pay transport tax', 'transport-tax'],
  ['Heating is weak, radiators are cold', 'weak-heating'],
  ['When does the heating season start', 'heating-season'],
  ['Sewage is blocked in the basement', 'sewage-blockage'],
  ['Icicles hanging over the entrance', 'roof-snow-icicles'],
  ['Snow on the roads is not cleared', 'snow-roads'],
  ['A dog bit my child', 'dog-bite'],
  ['Traffic light is broken', 'traffic-lights'],
  ['How to apply for a pension', 'retirement-pension-application'],
  ['Benefits for large families', 'large-family-benefit'],
  ['I lost my job, what payments can I get', 'job-loss-payment-gfss'],
  ['How to call a doctor home', 'home-doctor-visit'],
  ['How do I register my school child for first grade', 'school-first-grade-enrolment'],
];

let deps: EngineDeps;
let keyOf: (id: number) => string;

beforeAll(async () => {
  const demo = await demoKb();
  keyOf = (id) => demo.docs.find((d) => d.articleId === id)!.key;
  deps = { kb: demo.kb, article: demo.article, now: new Date('2026-03-02T10:00:00Z') };
});

describe('Kenes in English', () => {
  it.each(QUESTIONS)('%s → %s', async (question, key) => {
    const { turn } = await respond(initialState('en'), { text: question }, deps);
    expect(turn.lang).toBe('en');
    if (turn.kind === 'answer') expect(turn.article!.key).toBe(key);
    else {
      expect(turn.kind, JSON.stringify(turn.decision)).toBe('clarify');
      expect(turn.options!.map((o) => keyOf(o.articleId))).toContain(key);
    }
  });

  it('answers most of them at once', async () => {
    let answered = 0;
    for (const [question] of QUESTIONS) if ((await respond(initialState('en'), { text: question }, deps)).turn.kind === 'answer') answered++;
    expect(answered / QUESTIONS.length).toBeGreaterThanOrEqual(0.6);
  });
});
