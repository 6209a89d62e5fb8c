/**
 * The lists the demo seed draws from: invented people, places, companies and role archetypes.
 * Every skill id must exist in data/skills.json (the seed test checks it through the matching engine).
 */
import type { EmploymentType, RemotePolicy, Seniority } from '../generated/prisma/enums.ts';

export type Region = 'Americas' | 'Europe' | 'Africa' | 'Asia' | 'Oceania';

export interface City {
  city: string;
  country: string;
  timeZone: string;
  currency: string;
  region: Region;
  /** Local yearly pay for a role worth 1 USD in the US market, in `currency`. */
  payFactor: number;
}

export const CITIES: readonly City[] = [
  { city: 'New York', country: 'US', timeZone: 'America/New_York', currency: 'USD', region: 'Americas', payFactor: 1.05 },
  { city: 'San Francisco', country: 'US', timeZone: 'America/Los_Angeles', currency: 'USD', region: 'Americas', payFactor: 1.15 },
  { city: 'Austin', country: 'US', timeZone: 'America/Chicago', currency: 'USD', region: 'Americas', payFactor: 0.95 },
  { city: 'Toronto', country: 'CA', timeZone: 'America/Toronto', currency: 'CAD', region: 'Americas', payFactor: 1.05 },
  { city: 'Vancouver', country: 'CA', timeZone: 'America/Vancouver', currency: 'CAD', region: 'Americas', payFactor: 1.05 },
  { city: 'São Paulo', country: 'BR', timeZone: 'America/Sao_Paulo', currency: 'BRL', region: 'Americas', payFactor: 2 },
  { city: 'Mexico City', country: 'MX', timeZone: 'America/Mexico_City', currency: 'MXN', region: 'Americas', payFactor: 6 },
  { city: 'London', country: 'GB', timeZone: 'Europe/London', currency: 'GBP', region: 'Europe', payFactor: 0.6 },
  { city: 'Manchester', country: 'GB', timeZone: 'Europe/London', currency: 'GBP', region: 'Europe', payFactor: 0.5 },
  { city: 'Berlin', country: 'DE', timeZone: 'Europe/Berlin', currency: 'EUR', region: 'Europe', payFactor: 0.6 },
  { city: 'Munich', country: 'DE', timeZone: 'Europe/Berlin', currency: 'EUR', region: 'Europe', payFactor: 0.65 },
  { city: 'Amsterdam', country: 'NL', timeZone: 'Europe/Amsterdam', currency: 'EUR', region: 'Europe', payFactor: 0.6 },
  { city: 'Dublin', country: 'IE', timeZone: 'Europe/Dublin', currency: 'EUR', region: 'Europe', payFactor: 0.65 },
  { city: 'Lisbon', country: 'PT', timeZone: 'Europe/Lisbon', currency: 'EUR', region: 'Europe', payFactor: 0.4 },
  { city: 'Madrid', country: 'ES', timeZone: 'Europe/Madrid', currency: 'EUR', region: 'Europe', payFactor: 0.42 },
  { city: 'Warsaw', country: 'PL', timeZone: 'Europe/Warsaw', currency: 'PLN', region: 'Europe', payFactor: 1.9 },
  { city: 'Stockholm', country: 'SE', timeZone: 'Europe/Stockholm', currency: 'SEK', region: 'Europe', payFactor: 6 },
  { city: 'Lagos', country: 'NG', timeZone: 'Africa/Lagos', currency: 'NGN', region: 'Africa', payFactor: 180 },
  { city: 'Nairobi', country: 'KE', timeZone: 'Africa/Nairobi', currency: 'KES', region: 'Africa', payFactor: 30 },
  { city: 'Cape Town', country: 'ZA', timeZone: 'Africa/Johannesburg', currency: 'ZAR', region: 'Africa', payFactor: 5 },
  { city: 'Cairo', country: 'EG', timeZone: 'Africa/Cairo', currency: 'EGP', region: 'Africa', payFactor: 8 },
  { city: 'Singapore', country: 'SG', timeZone: 'Asia/Singapore', currency: 'SGD', region: 'Asia', payFactor: 1.1 },
  { city: 'Bengaluru', country: 'IN', timeZone: 'Asia/Kolkata', currency: 'INR', region: 'Asia', payFactor: 25 },
  { city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo', currency: 'JPY', region: 'Asia', payFactor: 85 },
  { city: 'Dubai', country: 'AE', timeZone: 'Asia/Dubai', currency: 'AED', region: 'Asia', payFactor: 2 },
  { city: 'Sydney', country: 'AU', timeZone: 'Australia/Sydney', currency: 'AUD', region: 'Oceania', payFactor: 1.15 },
  { city: 'Melbourne', country: 'AU', timeZone: 'Australia/Melbourne', currency: 'AUD', region: 'Oceania', payFactor: 1.1 },
  { city: 'Auckland', country: 'NZ', timeZone: 'Pacific/Auckland', currency: 'NZD', region: 'Oceania', payFactor: 1.05 },
];

export function cityNamed(name: string): City {
  const city = CITIES.find((c) => c.city === name);
  if (!city) throw new Error(`No demo city named ${name}.`);
  return city;
}

export const FIRST_NAMES = [
  'Amara', 'Mateo', 'Priya', 'Jonas', 'Chiara', 'Kwame', 'Yuki', 'Lucas', 'Fatima', 'Oliver', 'Ingrid', 'Tariq',
  'Sofia', 'Daniel', 'Mei', 'Aisha', 'Liam', 'Camila', 'Arjun', 'Noah', 'Zanele', 'Hannah', 'Diego', 'Leila',
  'Ethan', 'Nadia', 'Tomás', 'Grace', 'Kenji', 'Elif', 'Samuel', 'Isabela', 'Omar', 'Freya', 'Raj', 'Chloe',
  'Malik', 'Anya', 'Felix', 'Wanjiru', 'Emma', 'Hugo', 'Ayesha', 'Marcus', 'Lina', 'Chidi', 'Julia', 'Ravi',
  'Sara', 'Bruno', 'Nora', 'Adebayo', 'Elena', 'Kai', 'Zara', 'Pedro', 'Maya', 'Viktor', 'Ife', 'Lucy',
] as const;

export const LAST_NAMES = [
  'Mensah', 'García', 'Sharma', 'Becker', 'Rossi', 'Owusu', 'Tanaka', 'Silva', 'Haddad', 'Walsh', 'Larsen',
  'Qureshi', 'Moreno', 'Cohen', 'Lin', 'Bello', "O'Brien", 'Fernández', 'Iyer', 'Schmidt', 'Dlamini', 'Novak',
  'Álvarez', 'Karimi', 'Hughes', 'Petrova', 'Costa', 'Nakamura', 'Yılmaz', 'Adeyemi', 'Kowalski', 'Nguyen',
  'Hassan', 'Lindqvist', 'Patel', 'Dubois', 'Kamau', 'Jansen', 'Murphy', 'Kim', 'Romero', 'Eze', 'Fischer',
  'Mahlangu', 'Wong', 'Brennan', 'Ortiz', 'Varga', 'Okonkwo', 'Andersson',
] as const;

/** Employers in candidates' histories (invented; none is a client). */
export const PAST_EMPLOYERS = [
  'Bluefin Systems', 'Cedar & Pine Labs', 'Drift Mobility', 'Ember Analytics', 'Foxglove Retail', 'Granite Cloud',
  'Helios Telecom', 'Ironbark Software', 'Juniper Freight', 'Kinetic Health', 'Larkspur Bank', 'Moonstone Studios',
  'Nimbus Travel', 'Oakridge Insurance', 'Pelican Payments', 'Quartz Education', 'Riverbend Foods', 'Sable Security',
  'Thistle Energy', 'Umber Media', 'Vantage Robotics', 'Willow Property', 'Yarrow Biotech', 'Zephyr Games',
] as const;

export interface StackTemplate {
  /** Shown in job titles: "Senior Backend Engineer (Go)". */
  name: string | null;
  title: string;
  /** Most central first: must-haves come from the first five. */
  skills: readonly string[];
}

export interface RoleArchetype {
  key: string;
  /** What the job is for, finishing "…is looking for a <title> to …". */
  mission: string;
  /** Relative share of jobs and candidates. */
  weight: number;
  /** Pay for a SENIOR in the US, in USD; other levels and places scale from it. */
  seniorPayUsd: number;
  stacks: readonly StackTemplate[];
  /** Skills common to the whole family, drawn on to fill out profiles and nice-to-haves. */
  shared: readonly string[];
}

export const ARCHETYPES: readonly RoleArchetype[] = [
  {
    key: 'backend', weight: 20, seniorPayUsd: 150_000,
    mission: 'design, build and run the services and APIs behind our product',
    stacks: [
      { name: 'Go', title: 'Backend Engineer', skills: ['go', 'postgresql', 'kubernetes', 'grpc', 'docker', 'kafka', 'redis', 'microservices'] },
      { name: 'Java', title: 'Backend Engineer', skills: ['java', 'spring-boot', 'postgresql', 'kafka', 'microservices', 'docker', 'aws', 'hibernate'] },
      { name: 'Node.js', title: 'Backend Engineer', skills: ['nodejs', 'typescript', 'postgresql', 'graphql', 'express', 'docker', 'aws', 'redis'] },
      { name: 'Python', title: 'Backend Engineer', skills: ['python', 'django', 'postgresql', 'celery', 'redis', 'docker', 'aws', 'rest-api'] },
      { name: '.NET', title: 'Software Engineer', skills: ['csharp', 'dotnet', 'sql-server', 'azure', 'entity-framework', 'microservices', 'docker', 'rest-api'] },
    ],
    shared: ['git', 'ci-cd', 'system-design', 'api-design', 'unit-testing', 'agile', 'code-review', 'linux', 'sql', 'mentoring'],
  },
  {
    key: 'frontend', weight: 14, seniorPayUsd: 140_000,
    mission: 'build fast, accessible interfaces our customers use every day',
    stacks: [
      { name: 'React', title: 'Frontend Engineer', skills: ['react', 'typescript', 'javascript', 'nextjs', 'css', 'redux', 'jest', 'graphql'] },
      { name: 'Vue', title: 'Frontend Engineer', skills: ['vue', 'typescript', 'javascript', 'nuxt', 'css', 'pinia', 'vite', 'vitest'] },
      { name: 'Angular', title: 'Frontend Engineer', skills: ['angular', 'typescript', 'rxjs', 'ngrx', 'css', 'html', 'jest', 'sass'] },
    ],
    shared: ['html', 'css', 'web-accessibility', 'responsive-design', 'storybook', 'figma', 'git', 'testing-library', 'web-performance', 'tailwindcss'],
  },
  {
    key: 'data', weight: 12, seniorPayUsd: 155_000,
    mission: 'turn our data into reliable pipelines, models and decisions',
    stacks: [
      { name: null, title: 'Data Engineer', skills: ['python', 'sql', 'airflow', 'spark', 'dbt', 'snowflake', 'aws', 'kafka'] },
      { name: null, title: 'Machine Learning Engineer', skills: ['python', 'machine-learning', 'pytorch', 'scikit-learn', 'pandas', 'mlops', 'sql', 'docker'] },
      { name: null, title: 'Data Analyst', skills: ['sql', 'python', 'tableau', 'data-analysis', 'statistics', 'looker', 'dbt', 'excel'] },
    ],
    shared: ['git', 'jupyter', 'data-modeling', 'data-warehousing', 'bigquery', 'numpy', 'ab-testing', 'communication', 'power-bi'],
  },
  {
    key: 'devops', weight: 10, seniorPayUsd: 155_000,
    mission: 'keep our platform reliable, observable and cheap to run',
    stacks: [
      { name: 'AWS', title: 'Platform Engineer', skills: ['kubernetes', 'terraform', 'aws', 'docker', 'helm', 'prometheus', 'argocd', 'linux'] },
      { name: 'Azure', title: 'DevOps Engineer', skills: ['azure', 'terraform', 'azure-devops', 'kubernetes', 'powershell', 'docker', 'aks', 'azure-bicep'] },
      { name: null, title: 'Site Reliability Engineer', skills: ['linux', 'kubernetes', 'prometheus', 'grafana', 'go', 'python', 'incident-response', 'aws'] },
    ],
    shared: ['bash', 'git', 'ci-cd', 'github-actions', 'ansible', 'observability', 'networking', 'sre', 'gitops', 'datadog'],
  },
  {
    key: 'mobile', weight: 8, seniorPayUsd: 145_000,
    mission: 'ship and polish the mobile apps our customers carry with them',
    stacks: [
      { name: 'iOS', title: 'Mobile Engineer', skills: ['swift', 'ios-development', 'swiftui', 'uikit', 'xcode', 'core-data', 'objective-c', 'unit-testing'] },
      { name: 'Android', title: 'Mobile Engineer', skills: ['kotlin', 'android-development', 'jetpack-compose', 'kotlin-coroutines', 'java', 'rxjava', 'unit-testing', 'gradle'] },
      { name: 'React Native', title: 'Mobile Engineer', skills: ['react-native', 'typescript', 'react', 'javascript', 'expo', 'redux', 'jest', 'graphql'] },
      { name: 'Flutter', title: 'Mobile Engineer', skills: ['flutter', 'dart', 'firebase', 'rest-api', 'unit-testing', 'ci-cd', 'git', 'android-development'] },
    ],
    shared: ['git', 'rest-api', 'ci-cd', 'agile', 'graphql', 'firebase', 'figma', 'code-review'],
  },
  {
    key: 'qa', weight: 7, seniorPayUsd: 120_000,
    mission: 'make sure every release is one our customers can trust',
    stacks: [
      { name: null, title: 'QA Automation Engineer', skills: ['test-automation', 'playwright', 'typescript', 'cypress', 'api-testing', 'postman', 'ci-cd', 'end-to-end-testing'] },
      { name: 'Java', title: 'Test Engineer', skills: ['selenium', 'java', 'testng', 'cucumber', 'test-automation', 'jenkins', 'api-testing', 'bdd'] },
      { name: null, title: 'Performance Test Engineer', skills: ['performance-testing', 'k6', 'jmeter', 'api-testing', 'grafana', 'javascript', 'linux', 'sql'] },
    ],
    shared: ['manual-testing', 'quality-assurance', 'jira', 'agile', 'git', 'sql', 'testrail', 'end-to-end-testing'],
  },
  {
    key: 'product', weight: 8, seniorPayUsd: 150_000,
    mission: 'decide what we build next and make sure it lands with customers',
    stacks: [
      { name: null, title: 'Product Manager', skills: ['product-management', 'product-roadmapping', 'stakeholder-management', 'user-stories', 'product-discovery', 'product-analytics', 'jira', 'okrs'] },
      { name: null, title: 'Project Manager', skills: ['project-management', 'agile', 'scrum', 'stakeholder-management', 'risk-management', 'jira', 'confluence', 'pmp'] },
    ],
    shared: ['communication', 'amplitude', 'mixpanel', 'sql', 'business-analysis', 'requirements-gathering', 'leadership', 'ab-testing'],
  },
  {
    key: 'design', weight: 7, seniorPayUsd: 130_000,
    mission: 'shape clear, humane experiences across our product',
    stacks: [
      { name: null, title: 'Product Designer', skills: ['figma', 'ux-design', 'ui-design', 'prototyping', 'design-systems', 'usability-testing', 'ux-research', 'wireframing'] },
      { name: null, title: 'UX Researcher', skills: ['ux-research', 'usability-testing', 'interaction-design', 'design-thinking', 'miro', 'figma', 'prototyping', 'communication'] },
    ],
    shared: ['adobe-creative-cloud', 'sketch', 'adobe-illustrator', 'web-accessibility', 'html', 'css', 'communication', 'design-thinking'],
  },
  {
    key: 'finance', weight: 7, seniorPayUsd: 125_000,
    mission: 'keep our numbers accurate, on time and ready for the board',
    stacks: [
      { name: null, title: 'Financial Accountant', skills: ['financial-reporting', 'ifrs', 'month-end-close', 'general-ledger', 'reconciliation', 'excel', 'consolidation', 'sap'] },
      { name: null, title: 'FP&A Analyst', skills: ['fpa', 'financial-modeling', 'budgeting', 'excel', 'financial-analysis', 'anaplan', 'power-bi', 'sql'] },
    ],
    shared: ['us-gaap', 'netsuite', 'accounts-payable', 'accounts-receivable', 'xero', 'auditing', 'sox', 'tax', 'stakeholder-management'],
  },
  {
    key: 'sales', weight: 7, seniorPayUsd: 115_000,
    mission: 'win and grow relationships with the customers who need us most',
    stacks: [
      { name: null, title: 'Account Executive', skills: ['saas-sales', 'b2b-sales', 'salesforce', 'negotiation', 'pipeline-management', 'solution-selling', 'linkedin-sales-navigator', 'cold-calling'] },
      { name: null, title: 'Customer Success Manager', skills: ['customer-success', 'account-management', 'hubspot', 'salesforce', 'communication', 'customer-service', 'negotiation', 'crm'] },
    ],
    shared: ['business-development', 'lead-generation', 'outreach', 'crm', 'go-to-market', 'public-speaking', 'negotiation'],
  },
];

export function archetypeNamed(key: string): RoleArchetype {
  const archetype = ARCHETYPES.find((a) => a.key === key);
  if (!archetype) throw new Error(`No demo archetype ${key}.`);
  return archetype;
}

export const SENIORITY_PREFIX: Record<Seniority, string> = {
  JUNIOR: 'Junior ',
  MID: '',
  SENIOR: 'Senior ',
  LEAD: 'Lead ',
  PRINCIPAL: 'Principal ',
};

export const SENIORITY_PAY: Record<Seniority, number> = { JUNIOR: 0.55, MID: 0.75, SENIOR: 1, LEAD: 1.18, PRINCIPAL: 1.35 };
export const SENIORITY_MIN_YEARS: Record<Seniority, number> = { JUNIOR: 0, MID: 3, SENIOR: 5, LEAD: 8, PRINCIPAL: 12 };

export function seniorityForYears(years: number): Seniority {
  if (years <= 2) return 'JUNIOR';
  if (years <= 5) return 'MID';
  if (years <= 9) return 'SENIOR';
  if (years <= 14) return 'LEAD';
  return 'PRINCIPAL';
}

export interface CompanyTemplate {
  agency: 'northwind' | 'harbor-finch';
  name: string;
  industry: string;
  domain: string;
  city: string;
  /** Archetypes this client hires most. */
  hires: readonly string[];
  contacts: ReadonlyArray<{ name: string; title: string; phone?: string }>;
}

export const COMPANIES: readonly CompanyTemplate[] = [
  {
    agency: 'northwind', name: 'Kestrel Logistics', industry: 'Logistics & supply chain', domain: 'kestrel-logistics.example', city: 'Berlin',
    hires: ['backend', 'devops', 'data', 'qa'],
    contacts: [{ name: 'Mareike Vogel', title: 'VP Engineering', phone: '+49 30 5557 2210' }, { name: 'Tobias Lang', title: 'Talent Partner' }],
  },
  {
    agency: 'northwind', name: 'Lumen Ledger', industry: 'Fintech', domain: 'lumenledger.example', city: 'London',
    hires: ['backend', 'frontend', 'finance', 'product'],
    contacts: [{ name: 'Harriet Ashby', title: 'Head of Talent', phone: '+44 20 5550 1184' }],
  },
  {
    agency: 'northwind', name: 'Brightwater Health', industry: 'Healthcare technology', domain: 'brightwater-health.example', city: 'New York',
    hires: ['backend', 'mobile', 'design', 'qa'],
    contacts: [{ name: 'Denise Carter', title: 'Director of Engineering' }, { name: 'Luis Ortega', title: 'HR Business Partner', phone: '+1 212 555 0148' }],
  },
  {
    agency: 'northwind', name: 'Aurora Grid Energy', industry: 'Renewable energy', domain: 'auroragrid.example', city: 'Amsterdam',
    hires: ['data', 'devops', 'backend', 'finance'],
    contacts: [{ name: 'Femke de Wit', title: 'Engineering Manager' }],
  },
  {
    agency: 'northwind', name: 'Tidewell Commerce', industry: 'E-commerce', domain: 'tidewell.example', city: 'Toronto',
    hires: ['frontend', 'mobile', 'sales', 'product'],
    contacts: [{ name: 'Priya Raman', title: 'Head of People', phone: '+1 416 555 0193' }, { name: 'Graham Fitch', title: 'CTO' }],
  },
  {
    agency: 'northwind', name: 'Saltmarsh Games', industry: 'Games', domain: 'saltmarshgames.example', city: 'Sydney',
    hires: ['frontend', 'backend', 'design', 'qa'],
    contacts: [{ name: 'Bree Holloway', title: 'Studio Operations Lead' }],
  },
  {
    agency: 'northwind', name: 'Orchid Pay', industry: 'Payments', domain: 'orchidpay.example', city: 'Singapore',
    hires: ['backend', 'devops', 'sales', 'finance'],
    contacts: [{ name: 'Wei Ling Tan', title: 'Talent Acquisition Lead', phone: '+65 5550 3321' }, { name: 'Arun Pillai', title: 'VP Engineering' }],
  },
  {
    agency: 'harbor-finch', name: 'Fernhill Robotics', industry: 'Robotics', domain: 'fernhill-robotics.example', city: 'Austin',
    hires: ['backend', 'devops', 'qa', 'data'],
    contacts: [{ name: 'Carla Jennings', title: 'Recruiting Manager', phone: '+1 512 555 0170' }],
  },
  {
    agency: 'harbor-finch', name: 'Meridian & Vale Bank', industry: 'Banking', domain: 'meridianvale.example', city: 'Manchester',
    hires: ['finance', 'backend', 'product', 'data'],
    contacts: [{ name: 'Oliver Pryce', title: 'Head of Technology Hiring' }, { name: 'Sunita Bose', title: 'Finance Director' }],
  },
  {
    agency: 'harbor-finch', name: 'Northshore Analytics', industry: 'B2B software', domain: 'northshore-analytics.example', city: 'Vancouver',
    hires: ['data', 'frontend', 'sales', 'design'],
    contacts: [{ name: 'Megan Tsai', title: 'People Operations Lead' }],
  },
];

export const REMOTE_POLICY_WEIGHTS: ReadonlyArray<readonly [RemotePolicy, number]> = [
  ['HYBRID', 45],
  ['REMOTE', 35],
  ['ONSITE', 20],
];

export const EMPLOYMENT_TYPE_WEIGHTS: ReadonlyArray<readonly [EmploymentType, number]> = [
  ['FULL_TIME', 80],
  ['CONTRACT', 15],
  ['PART_TIME', 5],
];

/** Where candidates live, per agency: Northwind recruits mostly in Europe, Harbor & Finch in North America. */
export const CANDIDATE_REGION_WEIGHTS: Record<'northwind' | 'harbor-finch', ReadonlyArray<readonly [Region, number]>> = {
  northwind: [['Europe', 45], ['Americas', 25], ['Africa', 12], ['Asia', 12], ['Oceania', 6]],
  'harbor-finch': [['Americas', 55], ['Europe', 30], ['Asia', 8], ['Africa', 4], ['Oceania', 3]],
};
