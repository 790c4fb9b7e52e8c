import { describe, expect, it } from 'vitest';
import { formErrors, problemMessages } from './errors';
import { WORKSPACE_ERRORS } from './workspace/listing-form';

describe('formErrors', () => {
  it('names inputs by the last segment of the API path, field sentences first, and keeps the API’s words for limits', () => {
    const { fieldErrors, formError } = formErrors('vi', {
      code: 'VALIDATION',
      message: 'Vui lòng kiểm tra lại các trường được đánh dấu.',
      fieldErrors: [
        { field: 'input.password', code: 'TOO_SHORT', message: 'password cần ít nhất 10 ký tự.' },
        { field: 'input.displayName', code: 'TOO_LONG', message: 'Tên hiển thị tối đa 120 ký tự.' },
        { field: 'input.note', code: 'REQUIRED', message: 'Vui lòng nhập ghi chú.' },
        { field: 'input.email', code: 'SOMETHING_NEW', message: 'Thông điệp của API.' },
      ],
    });
    expect(formError).toBeNull();
    expect(fieldErrors).toEqual({
      password: 'Mật khẩu phải có ít nhất 10 ký tự.',
      displayName: 'Tên hiển thị tối đa 120 ký tự.',
      note: 'Vui lòng nhập thông tin này.',
      email: 'Thông điệp của API.',
    });
  });

  it('translates by code, the form’s own sentences first, and keeps the API message for limits it cannot restate', () => {
    const { fieldErrors, formError } = formErrors(
      'vi',
      {
        code: 'VALIDATION',
        message: 'Vui lòng kiểm tra lại các trường được đánh dấu.',
        fieldErrors: [
          { field: 'trl', code: 'TOO_LARGE', message: 'trl tối đa là 9.' },
          { field: 'summaryVi', code: 'TOO_SHORT', message: 'Tóm tắt cần ít nhất 30 ký tự.' },
          { field: 'technology.problemSolved', code: 'REQUIRED', message: 'Vui lòng nhập vấn đề công nghệ giải quyết.' },
          { field: 'price.max', code: 'PRICE_RANGE', message: '…' },
          { field: 'validUntil', code: 'SOMETHING_NEW', message: 'Thông điệp của API.' },
        ],
      },
      WORKSPACE_ERRORS,
    );
    expect(formError).toBeNull();
    expect(fieldErrors).toEqual({
      trl: 'TRL là một số từ 1 đến 9.',
      summaryVi: 'Tóm tắt cần ít nhất 30 ký tự.',
      'technology.problemSolved': 'Vui lòng nhập thông tin này.',
      'price.max': 'Mức trên phải lớn hơn mức dưới.',
      validUntil: 'Thông điệp của API.',
    });
  });

  it('prefers the form’s sentence for a field to the shared one, and falls back to the shared one', () => {
    const reason = (code: string) =>
      formErrors('vi', { code: 'VALIDATION', message: '', fieldErrors: [{ field: 'input.reason', code, message: 'API' }] }, { scope: 'people' })
        .fieldErrors.reason;
    expect(reason('REQUIRED')).toBe('Vui lòng ghi lý do.');
    expect(reason('TOO_LONG')).toBe('Lý do tối đa 1000 ký tự.');
  });

  it('gives the whole form a message when no field is named', () => {
    expect(formErrors('en', { code: 'WITHDRAW_FIRST', message: 'Withdraw it first.', fieldErrors: [] }, WORKSPACE_ERRORS).formError).toBe(
      'Withdraw it first.',
    );
    expect(formErrors('en', { code: 'INVALID_TRANSITION', message: 'x', fieldErrors: [] }).formError).toMatch(/^This item is no longer/);
  });

  it('maps paths through the form (IP rows)', () => {
    const { fieldErrors } = formErrors(
      'en',
      { code: 'VALIDATION', message: '', fieldErrors: [{ field: 'ipTitles.0', code: 'REQUIRED', message: '' }] },
      { scope: 'ws', input: () => 'ipTitles.2.title' },
    );
    expect(fieldErrors).toEqual({ 'ipTitles.2.title': 'Please enter the name of the protected subject.' });
  });
});

describe('problemMessages', () => {
  it('translates the web’s own problems, and says “not valid” for a code no dictionary knows', () => {
    expect(problemMessages('en', { 'price.min': 'NOT_AN_AMOUNT' }, 'ws')['price.min']).toMatch(/^Please enter the amount in digits/);
    expect(problemMessages('en', { x: 'NO_SUCH_CODE' })).toEqual({ x: 'This value is not valid.' });
  });
});
