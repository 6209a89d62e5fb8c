/**
 * The words of the consent box on a job's public page, which the lead stores as they were shown. They name the
 * agency, which is who will contact the person.
 */
export function consentTextFor(agencyName: string): string {
  return `I agree that ${agencyName} may store these details and contact me about this job and similar roles. I can ask them to delete my details at any time.`;
}
