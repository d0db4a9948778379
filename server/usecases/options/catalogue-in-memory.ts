// The option catalogue as the tenant's Tillval pages read it: kept in memory, whole, per database handle,
// for as long as its stamp stays the same (decision 0032). The catalogue is the landlord's, the same for
// every tenant and changed a few times a month, while every visit to Tillval used to read it again: the
// categories, the options of one and their pictures were most of a page's statements and of its CPU.
//
// Correct by construction: a trigger renews the stamp in the transaction of every write to the catalogue
// (server/db/migrations/0018_option_catalogue_stamp.sql), the pages read the stamp with the tenant's
// objects, and the catalogue is read only after the stamp it is kept under, so what is kept is never older
// than its stamp says. Another process's change is seen at the next page, as the stamp is.
import type { Db } from '../../db/client.ts';
import { possibleOn, type PossibleOn } from '../../domain/options/applies.ts';
import { catalogueInForce } from '../../repositories/option-catalogue.ts';
import type { OptionRow } from '../../repositories/options.ts';

interface Space { id: string; kind: string; name: string }
interface Place { id: string; type: string; spaces: readonly Space[] }

/** An option in force with what every tenant sees of it the same way (the spaces are the object's). */
export interface CatalogueOption {
  option: OptionRow;
  group: { id: string; name: string };
  view: {
    id: string; name: string; description: string; unit: OptionRow['unit']; maxQuantity: number;
    monthlyOre: number | null; monthlyVatRatePercent: number; feeOre: number | null; feeVatRatePercent: number;
    pictures: { id: string; filename: string }[];
  };
}

export type CatalogueOnObject = PossibleOn<CatalogueOption, Space>;

interface Snapshot {
  stamp: string;
  groups: { id: string; name: string }[];
  options: Map<string, CatalogueOption[]>;
  /** By object (its id, type and spaces): computed once per object and stamp. */
  onObject: Map<string, CatalogueOnObject>;
}

/** Objects remembered per stamp before the memo starts again: bounds the memory at ~a few MB. */
const OBJECTS_KEPT = 5_000;

const held = new WeakMap<Db, { snapshot: Snapshot | null; loading: { stamp: string; promise: Promise<Snapshot> } | null }>();

async function load(db: Db, stamp: string): Promise<Snapshot> {
  const read = await catalogueInForce(db);
  const groupOf = new Map(read.groups.map((g) => [g.id, g]));
  const picturesOf = new Map<string, { id: string; filename: string }[]>();
  for (const p of read.pictures) {
    const list = picturesOf.get(p.optionId) ?? [];
    list.push({ id: p.attachmentId, filename: p.filename });
    picturesOf.set(p.optionId, list);
  }
  const options = new Map<string, CatalogueOption[]>(read.groups.map((g) => [g.id, []]));
  for (const o of read.options) {
    const group = groupOf.get(o.groupId);
    if (!group) continue;
    options.get(group.id)!.push({
      option: o, group,
      view: {
        id: o.id, name: o.name, description: o.description, unit: o.unit, maxQuantity: o.maxQuantity,
        monthlyOre: o.monthlyOre, monthlyVatRatePercent: o.monthlyVatRatePercent, feeOre: o.feeOre, feeVatRatePercent: o.feeVatRatePercent,
        pictures: picturesOf.get(o.id) ?? [],
      },
    });
  }
  return { stamp, groups: read.groups, options, onObject: new Map() };
}

/**
 * The catalogue kept under this stamp, read first when the stamp is not the one kept. Requests that find
 * the same new stamp at once share one reading.
 */
async function catalogueAt(db: Db, stamp: string): Promise<Snapshot> {
  let h = held.get(db);
  if (!h) held.set(db, (h = { snapshot: null, loading: null }));
  if (h.snapshot?.stamp === stamp) return h.snapshot;
  if (h.loading?.stamp === stamp) return h.loading.promise;
  const holder = h;
  const promise = load(db, stamp).then(
    (snapshot) => {
      if (holder.loading?.promise === promise) holder.loading = null;
      holder.snapshot = snapshot;
      return snapshot;
    },
    (error: unknown) => {
      if (holder.loading?.promise === promise) holder.loading = null;
      throw error;
    },
  );
  holder.loading = { stamp, promise };
  return promise;
}

const placeKey = (o: Place) => `${o.id}|${o.type}|${o.spaces.map((s) => `${s.id}:${s.kind}:${s.name}`).join(',')}`;

/** The catalogue as it is possible on the object, by the stamp read with the object. */
export async function catalogueOnObject(db: Db, object: Place & { catalogueStamp: string }): Promise<CatalogueOnObject> {
  const snapshot = await catalogueAt(db, object.catalogueStamp);
  const key = placeKey(object);
  let found = snapshot.onObject.get(key);
  if (!found) {
    if (snapshot.onObject.size >= OBJECTS_KEPT) snapshot.onObject.clear();
    found = possibleOn(snapshot.groups, snapshot.options, object);
    snapshot.onObject.set(key, found);
  }
  return found;
}
