import type { ContentItem } from '../../model';
import { paragraphs } from './paragraphs';

/** Personal touches: about them as a person, with no pitch or a very small one. */
export const STARTER_PERSONAL: ContentItem[] = [
  {
    id: 'starter-personal-new-role',
    kind: 'personal',
    title: 'Congratulations on the new role',
    body: paragraphs(
      'Hi {{firstName}},',
      'Congratulations on the move to {{title}} at {{company}}. The first months in a new seat are usually about [what people in that role focus on first]. If I can be useful there, even with just an introduction, say the word.',
      'No pitch today.',
    ),
    tags: ['linkedin'],
  },
  {
    id: 'starter-personal-how-did-it-go',
    kind: 'personal',
    title: 'How did it go?',
    body: paragraphs(
      'Hi {{firstName}},',
      'Last time you mentioned {{lastNote}}. How did it go?',
      '[one line connecting it to something you can help with, or nothing at all]',
    ),
    tags: [],
  },
  {
    id: 'starter-personal-introduction',
    kind: 'personal',
    title: 'An introduction that helps them',
    body: paragraphs(
      'Hi {{firstName}},',
      'You mentioned [their challenge]. [the person you know, and their role] dealt with exactly that at [their kind of company]. Would an introduction help? I would ask them first, of course.',
    ),
    tags: ['networking'],
  },
  {
    id: 'starter-personal-their-post',
    kind: 'personal',
    title: 'A note on something they posted',
    body: paragraphs(
      'Hi {{firstName}},',
      'Your post about [their topic] stayed with me, especially [the specific point]. [your honest reaction, or a question about it]',
      'Not a sales note: I just wanted to say it landed.',
    ),
    tags: ['linkedin'],
  },
  {
    id: 'starter-personal-thank-you',
    kind: 'personal',
    title: 'Thank you for their time',
    body: paragraphs(
      'Hi {{firstName}},',
      'Thank you for the time on [day]. I know [what is going on for them, e.g. a busy quarter or a launch], so I appreciate it.',
      'As promised: [the one thing you said you would send].',
    ),
    tags: ['after-meeting'],
  },
];
