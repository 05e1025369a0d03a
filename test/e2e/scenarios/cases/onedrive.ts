import type { Scenario } from '../../../helpers/scenario-types';

/** OneDrive: saving attachments, reading, writing, sharing. */
export const onedriveScenarios: Scenario[] = [
  {
    id: 'save-attachment-to-onedrive',
    title: 'Save the attachment of the open email to OneDrive',
    area: 'onedrive',
    openItem: '{{message:Request for proposal: occupancy sensing}}',
    prompt: 'Save the RFP attachment to my OneDrive Documents folder.',
    model: [
      {
        label: 'save',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'onedrive_save_attachment',
            arguments: {
              messageId: '{{message:Request for proposal: occupancy sensing}}',
              attachmentId: '{{attachment:contoso-rfp-occupancy-sensing.pdf}}',
              folderPath: '/Documents',
              conflictBehavior: 'rename',
            },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Saved to Documents.' },
    ],
    approvals: [{ tool: 'onedrive_save_attachment', action: 'approve' }],
    expect: {
      answer: ['Saved to Documents'],
      state: [
        { collection: 'files', where: { path: '/Documents/contoso-rfp-occupancy-sensing.pdf' }, added: 1 },
      ],
    },
    minimumGraphRequests: 3,
    chromium: true,
  },
  {
    id: 'summarize-a-file',
    title: 'Find a file by words and summarise it',
    area: 'onedrive',
    prompt: 'What does the Atlas requirements document say about onboarding?',
    model: [
      {
        label: 'search',
        when: { lastRole: 'user' },
        toolCalls: [{ name: 'onedrive_search_files', arguments: { query: 'atlas requirements' } }],
      },
      {
        label: 'read',
        when: { lastRole: 'tool', lastToolResultIncludes: 'atlas-requirements.md' },
        toolCalls: [
          {
            name: 'onedrive_read_file',
            arguments: { path: '/Documents/Project Atlas/atlas-requirements.md' },
          },
        ],
      },
      {
        label: 'answer',
        when: { lastRole: 'tool' },
        text: 'The Atlas requirements describe onboarding in three steps.',
      },
    ],
    approvals: [],
    expect: { answer: ['Atlas requirements'] },
    minimumGraphRequests: 2,
  },
  {
    id: 'upload-notes-file',
    title: 'Write notes into a new OneDrive file',
    area: 'onedrive',
    prompt:
      'Save these notes as /Documents/Notes/vendor-call.md: "Vendor call: pricing by Friday; pilot in January."',
    model: [
      {
        label: 'upload',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'onedrive_upload_file',
            arguments: {
              path: '/Documents/Notes/vendor-call.md',
              text: 'Vendor call: pricing by Friday; pilot in January.',
              conflictBehavior: 'fail',
            },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Saved vendor-call.md.' },
    ],
    approvals: [{ tool: 'onedrive_upload_file', action: 'approve' }],
    expect: {
      answer: ['vendor-call.md'],
      state: [{ collection: 'files', where: { path: '/Documents/Notes/vendor-call.md' }, added: 1 }],
    },
    minimumGraphRequests: 1,
  },
  {
    id: 'share-file-in-organisation',
    title: 'Create an organisation-only view link to a file (send: approval)',
    area: 'onedrive',
    prompt: 'Give me a view-only link to "Budget 2027.xlsx" for people in my organisation.',
    model: [
      {
        label: 'link',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'onedrive_create_sharing_link',
            arguments: { path: '/Documents/Budget 2027.xlsx', audience: 'organization', access: 'view' },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Here is the organisation-only link.' },
    ],
    approvals: [{ tool: 'onedrive_create_sharing_link', action: 'approve' }],
    expect: { answer: ['organisation-only link'] },
    minimumGraphRequests: 2,
  },
  {
    id: 'rename-and-move-file',
    title: 'Move a file into a folder and rename it',
    area: 'onedrive',
    prompt:
      'Move /Documents/launch-metrics.json into /Documents/Archive and rename it launch-metrics-2026.json.',
    model: [
      {
        label: 'move',
        when: { lastRole: 'user' },
        toolCalls: [
          {
            name: 'onedrive_move_item',
            arguments: {
              path: '/Documents/launch-metrics.json',
              destinationPath: '/Documents/Archive',
              newName: 'launch-metrics-2026.json',
            },
          },
        ],
      },
      { label: 'done', when: { lastRole: 'tool' }, text: 'Moved and renamed.' },
    ],
    approvals: [{ tool: 'onedrive_move_item', action: 'approve' }],
    expect: {
      answer: ['Moved and renamed'],
      state: [
        { collection: 'files', where: { path: '/Documents/Archive/launch-metrics-2026.json' }, added: 1 },
      ],
    },
    minimumGraphRequests: 3,
  },
];
