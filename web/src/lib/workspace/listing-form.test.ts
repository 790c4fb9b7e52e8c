import { describe, expect, it } from 'vitest';
import { inputId, labelKeyOf, stepOfField } from './listing-form';

describe('field paths', () => {
  it('finds the step of every missing path the API reports', () => {
    expect(stepOfField('TECHNOLOGY_OFFER', 'summaryVi')).toBe('basics');
    expect(stepOfField('TECHNOLOGY_OFFER', 'trl')).toBe('details');
    expect(stepOfField('TECHNOLOGY_OFFER', 'technology.trlEvidence')).toBe('details');
    expect(stepOfField('TECHNOLOGY_OFFER', 'technology.rights')).toBe('terms');
    expect(stepOfField('TECHNOLOGY_OFFER', 'price.min')).toBe('terms');
    expect(stepOfField('TECHNOLOGY_OFFER', 'ipTitles.0.number')).toBe('description');
    expect(stepOfField('EQUIPMENT_OFFER', 'ipTitles')).toBeNull();
    expect(stepOfField('TECHNOLOGY_REQUEST', 'request.partnerType')).toBe('terms');
    expect(stepOfField('TECHNOLOGY_REQUEST', 'field')).toBe('basics');
  });

  it('names labels and ids after the input path', () => {
    expect(labelKeyOf('ipTitles.3.number')).toBe('ws.field.ipTitles.number');
    expect(labelKeyOf('technology.rights')).toBe('ws.field.technology.rights.kind');
    expect(inputId('technology.rights.kind')).toBe('f-technology-rights-kind');
  });
});
