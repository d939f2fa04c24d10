import nx from '@nx/eslint-plugin';
import baseConfig from '../../eslint.config.mjs';

/** A string names an operation: a typo there refetches nothing, silently. Documents are checked. */
const REFETCH_BY_DOCUMENT = 'Name the queries to refetch by their documents (SomeQuery), never by a string.';
const STRING = 'Literal[raw=/^[\'"]/]';

/**
 * The synchronous record holds every language: imported by the app, it puts all five catalogues
 * back into the first download. The app loads a language, English too, with loadCatalogue
 * (app/i18n.ts); `englishCatalogue` is the synchronous English, for tests.
 */
const ALL_CATALOGUES = {
  name: '@tandem/shared-i18n',
  importNames: ['catalogues', 'resources', 'untranslated'],
  message:
    'The app loads a language when it is shown: use loadCatalogue (tests may import these, or englishCatalogue).',
};

export default [
  ...nx.configs['flat/react'],
  ...baseConfig,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        // useMutation(X, { refetchQueries: ['Name'] }), mutate({ refetchQueries: [..., 'Name'] })
        { selector: `Property[key.name='refetchQueries'] ${STRING}`, message: REFETCH_BY_DOCUMENT },
        { selector: "Property[key.name='refetchQueries'] TemplateLiteral", message: REFETCH_BY_DOCUMENT },
        // client.refetchQueries({ include: ['Name'] })
        { selector: `CallExpression[callee.property.name='refetchQueries'] ${STRING}`, message: REFETCH_BY_DOCUMENT },
        // const REFETCH = ['Name'] / MY_TANDEM_QUERIES = ['Name'], passed on later
        {
          selector: `VariableDeclarator[id.name=/refetch|_QUERIES$/i] > ArrayExpression > ${STRING}`,
          message: REFETCH_BY_DOCUMENT,
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['**/*.spec.ts', '**/*.spec.tsx', 'src/testing/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [ALL_CATALOGUES] }] },
  },
  {
    // Components render and call their feature's hooks (modules/<feature>/hooks): the use case,
    // its variables, refetches and failures live there, once.
    files: ['**/src/modules/*/components/**/*.tsx', '**/src/pages/**/*.tsx', '**/src/app/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@apollo/client/react',
              importNames: ['useMutation'],
              message: 'Run mutations in a hook of the feature (modules/<feature>/hooks/use<UseCase>.ts).',
            },
            // The rule's options replace those of the block above for these files: repeated here.
            ALL_CATALOGUES,
          ],
        },
      ],
    },
  },
];
