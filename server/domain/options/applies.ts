// Where an option applies: a rental object of one of its types or one of its named objects, and within
// it a space of the option's space kind. An option that names neither types nor objects applies nowhere.
export interface OptionPlace { spaceKind: string; objectTypes: readonly string[]; objectIds: readonly string[] }
export interface ObjectWithSpaces { id: string; type: string; spaces: readonly { id: string; kind: string }[] }

export function appliesToObject(option: OptionPlace, object: { id: string; type: string }): boolean {
  return option.objectIds.includes(object.id) || option.objectTypes.includes(object.type);
}

/** The object's spaces the option may go in (none when it does not apply to the object). */
export function spacesFor<S extends { id: string; kind: string }>(option: OptionPlace, object: { id: string; type: string; spaces: readonly S[] }): S[] {
  return appliesToObject(option, object) ? object.spaces.filter((s) => s.kind === option.spaceKind) : [];
}

/** What of a catalogue is possible on one object: its categories, and in each the options with their spaces there. */
export interface PossibleOn<E, S> {
  categories: { id: string; name: string; optionCount: number }[];
  byGroup: Map<string, { entry: E; spaces: S[] }[]>;
}

/**
 * The categories (groups) holding options possible on the object, each with how many, and those options
 * with the object's spaces they may go in; groups and options in the order given (the catalogue's).
 */
export function possibleOn<E extends { option: OptionPlace }, S extends { id: string; kind: string }>(
  groups: readonly { id: string; name: string }[], optionsOf: ReadonlyMap<string, readonly E[]>, object: { id: string; type: string; spaces: readonly S[] },
): PossibleOn<E, S> {
  const categories: PossibleOn<E, S>['categories'] = [];
  const byGroup: PossibleOn<E, S>['byGroup'] = new Map();
  for (const group of groups) {
    const possible = [];
    for (const entry of optionsOf.get(group.id) ?? []) {
      const spaces = spacesFor(entry.option, object);
      if (spaces.length > 0) possible.push({ entry, spaces });
    }
    if (possible.length === 0) continue;
    categories.push({ id: group.id, name: group.name, optionCount: possible.length });
    byGroup.set(group.id, possible);
  }
  return { categories, byGroup };
}
