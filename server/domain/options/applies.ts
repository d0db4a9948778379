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
