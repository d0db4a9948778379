// The texts of one language come in areas (sv/*.ts, en/*.ts); an area may add keys under the shared
// `portal` and `backoffice` sections. compose() merges the areas into one tree for i18next.
type Texts = { [key: string]: string | Texts };

type Intersection<U> = (U extends unknown ? (area: U) => void : never) extends (area: infer I) => void ? I : never;
// The merged type spelt out as one object type (not an intersection), for readable hints and errors.
type Merged<T> = T extends string ? string : { [K in keyof T]: Merged<T[K]> };

function mergeInto(target: Texts, area: Texts, path: string): void {
  for (const [key, value] of Object.entries(area)) {
    const at = path ? `${path}.${key}` : key;
    const existing = target[key];
    // Two areas must never define the same text: one would silently replace the other.
    if (typeof value === 'string' ? existing !== undefined : typeof existing === 'string') {
      throw new Error(`i18n: "${at}" is defined by two areas`);
    }
    if (typeof value === 'string') target[key] = value;
    else mergeInto((existing as Texts | undefined) ?? (target[key] = {}), value, at);
  }
}

/** The texts of two composed parts (the start's and the back office's) as one type: all the keys a page may use. */
export type Composed<A, B> = Merged<A & B>;

export function compose<A extends Texts[]>(...areas: A): Merged<Intersection<A[number]>> {
  const texts: Texts = {};
  for (const area of areas) mergeInto(texts, area, '');
  return texts as Merged<Intersection<A[number]>>;
}
