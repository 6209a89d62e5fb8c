import type { TaxonomyData } from '../types.ts';

/** A small taxonomy in the seed's skills.json shape, enough to exercise every relation. */
export const skillsFixture: TaxonomyData = {
  skills: [
    { id: 'javascript', name: 'JavaScript', category: 'language', aliases: ['js', 'ecmascript'], related: [], parents: [] },
    { id: 'typescript', name: 'TypeScript', category: 'language', aliases: ['ts'], related: [{ id: 'javascript', weight: 0.7 }], parents: [] },
    { id: 'react', name: 'React', category: 'frontend', aliases: ['react.js', 'reactjs'], related: [{ id: 'vue', weight: 0.5 }], parents: ['javascript'] },
    { id: 'nextjs', name: 'Next.js', category: 'frontend', aliases: ['next'], related: [], parents: ['react'] },
    { id: 'vue', name: 'Vue', category: 'frontend', aliases: ['vue.js', 'vuejs'], related: [], parents: ['javascript'] },
    { id: 'nodejs', name: 'Node.js', category: 'backend', aliases: ['node', 'node js'], related: [], parents: ['javascript'] },
    { id: 'postgresql', name: 'PostgreSQL', category: 'database', aliases: ['postgres', 'psql'], related: [{ id: 'mysql', weight: 0.6 }], parents: [] },
    { id: 'mysql', name: 'MySQL', category: 'database', aliases: [], related: [], parents: [] },
    { id: 'kubernetes', name: 'Kubernetes', category: 'devops', aliases: ['k8s'], related: [{ id: 'docker', weight: 0.3 }], parents: [] },
    { id: 'docker', name: 'Docker', category: 'devops', aliases: [], related: [], parents: [] },
    { id: 'python', name: 'Python', category: 'language', aliases: ['py'], related: [], parents: [] },
    { id: 'django', name: 'Django', category: 'backend', aliases: [], related: [], parents: ['python'] },
    { id: 'aws', name: 'AWS', category: 'cloud', aliases: ['amazon web services'], related: [{ id: 'gcp', weight: 0.5 }], parents: [] },
    { id: 'gcp', name: 'Google Cloud', category: 'cloud', aliases: ['google cloud platform'], related: [], parents: [] },
    { id: 'c', name: 'C', category: 'language', aliases: [], related: [], parents: [] },
    { id: 'cpp', name: 'C++', category: 'language', aliases: ['cplusplus'], related: [{ id: 'c', weight: 0.5 }], parents: [] },
    { id: 'csharp', name: 'C#', category: 'language', aliases: ['c sharp'], related: [], parents: [] },
    { id: 'graphql', name: 'GraphQL', category: 'backend', aliases: ['gql'], related: [], parents: [] },
  ],
};
