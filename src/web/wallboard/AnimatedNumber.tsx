import { useEffect, useRef, useState } from 'react';

const DURATION_MS = 900;
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * A number that counts calmly to its new value and glows for a moment when it changes. The
 * final value is in `data-value` at once; the width never jumps (tabular figures, fixed cell).
 */
export function AnimatedNumber({ value, format, className, testId }: { value: number; format: (n: number) => string; className?: string; testId?: string }) {
  const [shown, setShown] = useState(value);
  const [flash, setFlash] = useState<'' | 'a' | 'b'>('');
  const from = useRef(value);
  const frame = useRef(0);

  useEffect(() => {
    const start = from.current;
    if (start === value) return;
    setFlash((f) => (f === 'a' ? 'b' : 'a'));
    cancelAnimationFrame(frame.current);
    if (reducedMotion()) {
      from.current = value;
      setShown(value);
      return;
    }
    const t0 = performance.now();
    const step = (t: number) => {
      const k = Math.min(1, (t - t0) / DURATION_MS);
      const eased = 1 - (1 - k) ** 3;
      const v = Math.round(start + (value - start) * eased);
      from.current = k < 1 ? v : value;
      setShown(k < 1 ? v : value);
      if (k < 1) frame.current = requestAnimationFrame(step);
    };
    frame.current = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame.current);
  }, [value]);

  return (
    <span className={`wb-num ${className ?? ''}`} data-value={value} data-flash={flash || undefined} data-testid={testId}>
      {format(shown)}
    </span>
  );
}
