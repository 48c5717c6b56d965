import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export type Option = { key: string | number; label: string; hint?: string };

/**
 * A type-ahead field: typing asks `search` (debounced), arrows move, Enter takes the highlighted
 * option (the first by default), Escape closes the list. ARIA combobox pattern.
 */
export function Combobox(props: {
  label: string;
  placeholder?: string;
  value: string;
  onText: (text: string) => void;
  search: (text: string) => Promise<Option[]>;
  onPick: (o: Option) => void;
  name: string;
}) {
  const id = useId();
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const seq = useRef(0);
  const { value, search } = props;

  useEffect(() => {
    if (value.trim().length < 2) {
      setOptions([]);
      return;
    }
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      search(value).then(
        (o) => {
          if (mine !== seq.current) return;
          setOptions(o);
          setActive(0);
        },
        () => setOptions([]),
      );
    }, 120);
    return () => clearTimeout(timer);
  }, [value, search]);

  const pick = (o: Option) => {
    props.onPick(o);
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && open && options[active] && !e.ctrlKey) {
      e.preventDefault();
      pick(options[active]);
    } else if (e.key === 'Escape' && open) {
      e.stopPropagation();
      setOpen(false);
    }
  };
  const shown = open && options.length > 0;
  return (
    <div className="combo">
      <label htmlFor={`${id}-input`}>{props.label}</label>
      <input
        id={`${id}-input`}
        name={props.name}
        role="combobox"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={shown ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        placeholder={props.placeholder}
        value={value}
        onChange={(e) => {
          props.onText(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKey}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {shown && (
        <ul id={`${id}-list`} role="listbox" className="options">
          {options.map((o, i) => (
            <li
              key={o.key}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(o);
              }}
            >
              <span>{o.label}</span>
              {o.hint && <small>{o.hint}</small>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
