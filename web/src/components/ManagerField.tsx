import type { FieldState } from '../hooks/useSubmit';
import type { Managers } from '@api';
import { SelectField } from './SelectField';

interface Props extends FieldState {
  label: string;
  hint?: string;
  /** The choice of no one: "Ingen kundansvarig". */
  none: string;
  /** The staff who may be named (GET /api/backoffice/managers). */
  managers: Managers['customerManagers'];
  /** A staff id, or '' for no one. */
  value: string;
  onValueChange: (value: string) => void;
}

/** Who is responsible: a customer's customer manager or a property's property manager, or no one. */
export function ManagerField({ none, managers, ...select }: Props) {
  return (
    <SelectField {...select}>
      <option value="">{none}</option>
      {managers.map((staff) => (
        <option key={staff.id} value={staff.id}>
          {staff.name}
        </option>
      ))}
    </SelectField>
  );
}
