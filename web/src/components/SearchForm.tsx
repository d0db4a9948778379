import { useEffect, useId, useState, type ReactNode } from 'react';

interface Props {
  /** The search the list shows now (from the address); the field starts with it. */
  query: string;
  onSearch: (query: string) => void;
  label: string;
  buttonLabel: string;
  hint?: string;
  /** The longest search the server takes. */
  maxLength?: number;
  /** Filters (selects) under the search field; they apply at once, the text on submit. */
  children?: ReactNode;
}

/**
 * A search landmark: a search field with its button, and filters. Not named by a heading or an
 * aria-label on purpose: the field's own label ("Sök") then stays the only one with that word.
 */
export function SearchForm({ query, onSearch, label, buttonLabel, hint, maxLength, children }: Props) {
  const id = useId();
  const [input, setInput] = useState(query);

  // The search can change from outside (back button, a menu link): the field follows it.
  useEffect(() => {
    setInput(query);
  }, [query]);

  return (
    <form
      role="search"
      className="search-panel"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(input.trim());
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-q`}>{label}</label>
        <div className="search-panel__row">
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            autoComplete="off"
            maxLength={maxLength}
            aria-describedby={hint ? `${id}-hint` : undefined}
            value={input}
            onChange={(event) => {
              setInput(event.target.value);
            }}
          />
          <button type="submit" className="button button--primary">
            {buttonLabel}
          </button>
        </div>
        {hint && (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        )}
      </div>
      {children && <div className="search-panel__filters">{children}</div>}
    </form>
  );
}
