import { fillTemplate, templateValuesOf, TEMPLATE_FALLBACKS, type TemplateValues } from '@/lib/core/content';
import { makeProspect } from '../../../factories';

const ada: TemplateValues = {
  firstName: 'Ada',
  name: 'Ada Lovelace',
  company: 'Analytical Engines',
  title: 'Head of Research',
  lastNote: 'the board meets in March',
};

describe('fillTemplate', () => {
  test.each<[string, TemplateValues, string]>([
    ['Hi {{firstName}},', ada, 'Hi Ada,'],
    ['{{name}} is {{title}} at {{company}}', ada, 'Ada Lovelace is Head of Research at Analytical Engines'],
    ['You said {{lastNote}}.', ada, 'You said the board meets in March.'],
    ['Hi {{ firstName }} and {{firstName}}', ada, 'Hi Ada and Ada'],
    ['no variables at all', ada, 'no variables at all'],
    ['', ada, ''],
  ])('%j → %j', (body, values, expected) => {
    expect(fillTemplate(body, values)).toBe(expected);
  });

  test.each<[string, TemplateValues, string]>([
    ['Hi {{firstName}},', {}, 'Hi there,'],
    ['Hi {{firstName}},', { firstName: '   ' }, 'Hi there,'],
    ['Hi {{firstName}},', { name: 'Dr. Grace Hopper' }, 'Hi Grace,'],
    ['Hi {{firstName}},', { name: 'info@acme.example' }, 'Hi there,'],
    ['Hi {{name}},', {}, 'Hi there,'],
    ['how {{company}} does it', {}, 'how your team does it'],
    ['as {{title}}', {}, 'as your role'],
    ['You said {{lastNote}}.', {}, 'You said .'],
    ['Hi {{firstName}}', { firstName: '  Ada  ' }, 'Hi Ada'],
  ])('fills %j from %j as %j', (body, values, expected) => {
    expect(fillTemplate(body, values)).toBe(expected);
  });

  it('documents its fallbacks', () => {
    expect(TEMPLATE_FALLBACKS).toEqual({
      firstName: 'there',
      name: 'there',
      company: 'your team',
      title: 'your role',
      lastNote: '',
    });
  });

  test.each([
    '{{unknown}}',
    '{{firstname}}',
    '{{ FirstName }}',
    '{{first_name}}',
    '{firstName}',
    '{{firstName}',
    '{{}}',
    '[your number]',
  ])('leaves %j as written', (body) => {
    expect(fillTemplate(body, ada)).toBe(body);
  });

  test.each<[string, string]>([
    ['<script>alert(1)</script>', 'Hi <script>alert(1)</script>,'],
    ['<b>Ada</b> &amp; co', 'Hi <b>Ada</b> &amp; co,'],
    ['$& $1 $$', 'Hi $& $1 $$,'],
    ['{{company}}', 'Hi {{company}},'],
    ['{{firstName}}', 'Hi {{firstName}},'],
  ])('inserts the value %j literally, never as markup or a template', (firstName, expected) => {
    expect(fillTemplate('Hi {{firstName}},', { ...ada, firstName })).toBe(expected);
  });

  it('keeps a hostile body literal too', () => {
    const body = '<img src=x onerror="{{firstName}}">';
    expect(fillTemplate(body, ada)).toBe('<img src=x onerror="Ada">');
  });
});

describe('templateValuesOf', () => {
  it("takes a prospect's names, company and title, and the last note", () => {
    const prospect = makeProspect({ name: 'Dr. Ada Lovelace', company: 'Analytical Engines', title: 'CTO' });
    expect(templateValuesOf(prospect, 'wants a demo')).toEqual({
      firstName: 'Ada',
      name: 'Dr. Ada Lovelace',
      company: 'Analytical Engines',
      title: 'CTO',
      lastNote: 'wants a demo',
    });
  });

  it('leaves what the prospect lacks to the fallbacks', () => {
    const prospect = makeProspect({ name: 'support@acme.example', company: undefined, title: undefined });
    expect(fillTemplate('Hi {{firstName}} at {{company}}. {{lastNote}}', templateValuesOf(prospect))).toBe(
      'Hi there at your team. ',
    );
  });
});
