export { makeJobSlug } from './make-job-slug.ts';
