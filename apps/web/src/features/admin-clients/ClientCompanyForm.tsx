import { useRef, useState, type FormEvent } from 'react';
import { CountrySelect } from '../../ui/CountrySelect';
import { InputField } from '../../ui/Field';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors } from '../../ui/mutation-errors';

export interface CompanyDetails {
  name: string;
  industry: string;
  website: string;
  city: string;
  country: string;
}

export const EMPTY_COMPANY: CompanyDetails = { name: '', industry: '', website: '', city: '', country: '' };

/**
 * A client company's details (name, industry, website, city, country). `save` answers with the errors to show (field
 * keys without the input's prefix), or null when saved.
 */
export function ClientCompanyForm({
  initial,
  submitLabel,
  label,
  save,
  onCancel,
}: {
  initial: CompanyDetails;
  submitLabel: string;
  label: string;
  save: (details: CompanyDetails) => Promise<FormErrors | null>;
  onCancel?: () => void;
}) {
  const [details, setDetails] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [isSaving, setIsSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const change = (patch: Partial<CompanyDetails>) => setDetails((current) => ({ ...current, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsSaving(true);
    try {
      const found = await save(details);
      setErrors(found ?? NO_FORM_ERRORS);
      if (found) requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    } catch (failure) {
      setErrors(formErrorsOfFailure(failure));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <form ref={formRef} className="admin-form" aria-label={label} onSubmit={submit} noValidate>
      <InputField label="Name" value={details.name} onChange={(name) => change({ name })} error={errors.fields.name} required autoComplete="organization" />
      <InputField label="Industry" value={details.industry} onChange={(industry) => change({ industry })} error={errors.fields.industry} autoComplete="off" />
      <InputField label="Website" type="url" value={details.website} onChange={(website) => change({ website })} error={errors.fields.website} hint="e.g. https://acme.example" autoComplete="url" />
      <InputField label="City" value={details.city} onChange={(city) => change({ city })} error={errors.fields.city} autoComplete="address-level2" />
      <CountrySelect value={details.country} onChange={(country) => change({ country })} error={errors.fields.country} />
      <FormErrorNotice message={errors.form} />
      <div className="admin-form__actions">
        <button type="submit" className="button" disabled={isSaving}>
          {isSaving ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
