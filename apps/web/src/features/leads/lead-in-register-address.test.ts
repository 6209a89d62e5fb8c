import { describe, expect, test } from 'vitest';
import { leadPrefillFromSearch, registerAddressForLead } from './lead-in-register-address';

describe('registering a candidate from a lead', () => {
  test('opens the register form with the name, e-mail and phone the person typed, naming the lead', () => {
    const address = registerAddressForLead({ id: 'Q2FuZGlkYXRlTGVhZDox', fullName: 'Zoë Ó Briain', email: 'zoe@example.com', phone: '+353 1 555 0100' });
    expect(address.startsWith('/recruiter/candidates/new?')).toBe(true);
    expect(leadPrefillFromSearch(address.slice(address.indexOf('?')))).toEqual({ fullName: 'Zoë Ó Briain', email: 'zoe@example.com', phone: '+353 1 555 0100' });
  });

  test('fills nothing in for a form opened without a lead', () => {
    expect(leadPrefillFromSearch('?name=Someone&email=x@example.com')).toEqual({});
  });

  test('leaves out a phone the person did not give', () => {
    const address = registerAddressForLead({ id: 'L', fullName: 'Sam', email: 'sam@example.com', phone: null });
    expect(leadPrefillFromSearch(address.slice(address.indexOf('?')))).toEqual({ fullName: 'Sam', email: 'sam@example.com' });
  });
});
