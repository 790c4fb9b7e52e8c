import { describe, expect, it } from 'vitest';
import { translateInputError, translateProblems } from './errors';

describe('translateInputError', () => {
  it('translates by code, field-specific first, and keeps the API message for limits it cannot restate', () => {
    const { fieldErrors, formError } = translateInputError('vi', {
      code: 'VALIDATION',
      message: 'Vui lòng kiểm tra lại các trường được đánh dấu.',
      fieldErrors: [
        { field: 'trl', code: 'TOO_LARGE', message: 'trl tối đa là 9.' },
        { field: 'summaryVi', code: 'TOO_SHORT', message: 'Tóm tắt cần ít nhất 30 ký tự.' },
        { field: 'technology.problemSolved', code: 'REQUIRED', message: 'Vui lòng nhập vấn đề công nghệ giải quyết.' },
        { field: 'price.max', code: 'PRICE_RANGE', message: '…' },
        { field: 'validUntil', code: 'SOMETHING_NEW', message: 'Thông điệp của API.' },
      ],
    });
    expect(formError).toBeNull();
    expect(fieldErrors).toEqual({
      trl: 'TRL là một số từ 1 đến 9.',
      summaryVi: 'Tóm tắt cần ít nhất 30 ký tự.',
      'technology.problemSolved': 'Vui lòng nhập thông tin này.',
      'price.max': 'Mức trên phải lớn hơn mức dưới.',
      validUntil: 'Thông điệp của API.',
    });
  });

  it('gives the whole form a message when no field is named', () => {
    const { formError } = translateInputError('en', { code: 'WITHDRAW_FIRST', message: 'Withdraw it first.', fieldErrors: [] });
    expect(formError).toBe('Withdraw it first.');
  });

  it('maps paths through the form (IP rows) and translates the web’s own problems', () => {
    const { fieldErrors } = translateInputError(
      'en',
      { code: 'VALIDATION', message: '', fieldErrors: [{ field: 'ipTitles.0', code: 'REQUIRED', message: '' }] },
      () => 'ipTitles.2.title',
    );
    expect(fieldErrors).toEqual({ 'ipTitles.2.title': 'Please enter the name of the protected subject.' });
    expect(translateProblems('en', { 'price.min': 'NOT_AN_AMOUNT' })['price.min']).toMatch(/^Please enter the amount in digits/);
  });
});
