import type { ContentItem } from '../../model';
import { paragraphs } from './paragraphs';

/** Education: useful to the prospect whether or not they ever buy. */
export const STARTER_EDUCATION: ContentItem[] = [
  {
    id: 'starter-education-vendor-questions',
    kind: 'education',
    title: 'Five questions to ask any vendor',
    body: paragraphs(
      'Hi {{firstName}},',
      'Whether or not you choose us, these are the questions worth asking anyone you evaluate:',
      "1. How does it connect to the tools we already use, and who maintains that connection?\n2. How long until we see a first result, and what counts as a result?\n3. How much of our team's time does the rollout take, week by week?\n4. How does the price change as we grow?\n5. If we leave, how do we get our data out?",
      'Happy to answer all five for us, in writing.',
    ),
    tags: ['evaluation'],
  },
  {
    id: 'starter-education-business-case',
    kind: 'education',
    title: 'A one-page business case that gets approved',
    body: paragraphs(
      'Hi {{firstName}},',
      'If you end up making the case inside {{company}}, the one-page version that tends to get a yes has four parts:',
      '- The problem, in one sentence and one number you trust\n- What doing nothing costs over the next year\n- The smallest step that proves it works, and what that step costs\n- Who owns it, and how you will know it worked',
      'I can send a template with those headings, no strings attached.',
    ),
    tags: ['business-case'],
  },
  {
    id: 'starter-education-walkthrough',
    kind: 'education',
    title: 'A short walkthrough instead of a meeting',
    body: paragraphs(
      'Hi {{firstName}},',
      'Rather than another meeting, here is a [length]-minute walkthrough of [the one workflow most relevant to them]: [link to your recording]',
      'It covers [what they will learn]. If part of it fits what {{company}} is working on, tell me which part and I will go deeper.',
    ),
    tags: [],
  },
  {
    id: 'starter-education-pilot-baseline',
    kind: 'education',
    title: 'Three things to measure before a pilot',
    body: paragraphs(
      'Hi {{firstName}},',
      'If {{company}} ever pilots something on the floor, measure these for two weeks first, or the pilot cannot prove anything:',
      '- [the output measure that matters to them]\n- Unplanned stops: how many, how long, and why\n- Time your people spend on [the manual work you replace]',
      'That baseline is useful even if we never speak again.',
    ),
    tags: ['manufacturing'],
  },
];
