import { useContext } from 'react';
import { kt } from '../../kenes/messages.ts';
import { I18n } from '../i18n.tsx';
import { formatInt } from './format.ts';
import type { Board } from './types.ts';

/** Kenes, the chatbot: questions, answered, resolved without an operator, handed off — today large, the month below. */
export function KenesPanel({ kenes }: { kenes: Board['kenes'] }) {
  const { lang } = useContext(I18n);
  const cols = [
    ['questions', 'metrics.questions'],
    ['answered', 'metrics.answered'],
    ['deflected', 'metrics.short.deflected'],
    ['handedOff', 'metrics.short.handed_off'],
  ] as const;
  return (
    <section className="wb-panel wb-kenes" aria-labelledby="wb-kenes-h" data-testid="wb-kenes">
      <h2 id="wb-kenes-h">
        Kenes <small>· {kt(lang, 'metrics.today')}</small>
      </h2>
      <dl>
        {cols.map(([k, label]) => (
          <div key={k}>
            <dt>{kt(lang, label)}</dt>
            <dd data-testid={`wb-kenes-today-${k}`}>{formatInt(kenes.today[k], lang)}</dd>
            <dd className="wb-kenes-month">
              {kt(lang, 'metrics.month')}: {formatInt(kenes.month[k], lang)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
