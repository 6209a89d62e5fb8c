import { z } from 'zod';
import { citySchema, countrySchema, optionalText } from '../common/profile-field-schemas.ts';
import { oneLine } from '../common/one-line.ts';

const websiteSchema = z
  .string()
  .trim()
  .max(300, 'Website is at most 300 characters.')
  .transform((text) => (text === '' ? null : /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`))
  .refine((text) => {
    if (text === null) return true;
    try {
      const url = new URL(text);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'Enter a web address, like https://acme.example.');

export const clientCompanySchema = z.object({
  name: oneLine(z.string().trim().min(1, 'Enter the company name.').max(120, 'Name is at most 120 characters.'), 'Name'),
  industry: optionalText(80, 'Industry').optional().nullable(),
  website: websiteSchema.optional().nullable(),
  city: citySchema.transform((text) => (text === '' ? null : text)).optional().nullable(),
  country: countrySchema,
});

export const clientContactSchema = z.object({
  name: oneLine(z.string().trim().min(1, 'Enter their name.').max(100, 'Name is at most 100 characters.'), 'Name'),
  email: z.string().trim().toLowerCase().email('Enter an e-mail address, like sam@example.com.').max(254, 'E-mail is at most 254 characters.'),
  phone: optionalText(40, 'Phone')
    .refine((text) => text === null || /^[+()\d\s./-]{5,40}$/.test(text), 'Enter a phone number: digits, spaces and + ( ) - . / only.')
    .optional()
    .nullable(),
  title: optionalText(100, 'Title').optional().nullable(),
});
