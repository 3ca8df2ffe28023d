import { Select } from "@navikt/ds-react";

export interface ActingSupplier {
  id: string;
  name: string;
}

interface ActingSupplierFieldProps {
  id: string;
  suppliers: ActingSupplier[];
  label: string;
  error?: string;
  /** Controlled when the form shows something per organisation (the interest toggle); else the Select keeps its own. */
  value?: string;
  onChange?: (supplierId: string) => void;
}

/**
 * `supplierId` for a supplier form: a Select when the user belongs to several organisations, a hidden field for the
 * only one. The command resolves it through lib/suppliers/acting and the policy refuses an organisation that is not
 * the user's, so this field only chooses — it never grants.
 */
export function ActingSupplierField({ id, suppliers, label, error, value, onChange }: ActingSupplierFieldProps) {
  if (suppliers.length <= 1) return suppliers[0] ? <input type="hidden" name="supplierId" value={suppliers[0].id} /> : null;
  const controlled = value !== undefined ? { value, onChange: (event: { target: { value: string } }) => onChange?.(event.target.value) } : {};
  return (
    <Select id={id} name="supplierId" label={label} error={error} {...controlled}>
      {suppliers.map((supplier) => (
        <option key={supplier.id} value={supplier.id}>
          {supplier.name}
        </option>
      ))}
    </Select>
  );
}
