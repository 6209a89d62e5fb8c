import { builder } from '../../builder.ts';

/** The company's editable fields, shared by createClientCompany and updateClientCompany. */
export const ClientCompanyFieldsInput = builder.inputType('ClientCompanyInput', {
  description: "A client company's details.",
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name, unique in the agency (1 to 120 characters).' }),
    industry: t.string({ required: false, description: 'The industry it is in (at most 80 characters); empty or null clears it.' }),
    website: t.string({ required: false, description: 'Its website, http(s); "acme.example" is read as https://acme.example. Empty or null clears it.' }),
    city: t.string({ required: false, description: 'The city of its office (at most 100 characters); empty or null clears it.' }),
    country: t.string({ required: true, description: 'ISO-3166 alpha-2 code of its country, e.g. DE.' }),
  }),
});

export const ClientContactFieldsInput = builder.inputType('ClientContactInput', {
  description: "A client contact's details.",
  fields: (t) => ({
    name: t.string({ required: true, description: 'Their name (1 to 100 characters).' }),
    email: t.string({ required: true, description: 'Their e-mail, unique within the company.' }),
    phone: t.string({ required: false, description: 'Their phone number (at most 40 characters); empty or null clears it.' }),
    title: t.string({ required: false, description: 'Their job title (at most 100 characters); empty or null clears it.' }),
  }),
});
