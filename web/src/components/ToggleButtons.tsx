interface Option<V extends string> {
  value: V;
  label: string;
}

interface Props<V extends string> {
  /** Names the group, e.g. "Visa ärenden". */
  label: string;
  options: readonly Option<V>[];
  value: V;
  onChange: (value: V) => void;
}

/**
 * A row of buttons of which one is pressed (aria-pressed), e.g. "Aktuella" / "Historiska". The
 * pressed one is filled, not only coloured, so the state does not rest on colour alone.
 */
export function ToggleButtons<V extends string>({ label, options, value, onChange }: Props<V>) {
  return (
    <div role="group" aria-label={label} className="toggle-buttons">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="button button--secondary"
          aria-pressed={option.value === value}
          onClick={() => {
            if (option.value !== value) onChange(option.value);
          }}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
