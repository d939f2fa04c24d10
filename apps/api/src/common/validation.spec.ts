import { ArrayMaxSize, IsEmail, IsIn, IsString, Matches, MaxLength, Min, validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { rule } from './field-error';
import { toFieldErrors } from './validation';

class Child {
  @Min(1) seats!: number;
}

class Sample {
  @IsEmail() email!: string;
  @MaxLength(200) title!: string;
  @IsIn(['en', 'et']) language!: string;
  @ArrayMaxSize(2) tags!: string[];
  @Matches(/^[A-Z]{2}$/, rule('countryCode')) countryCode!: string;
  @IsString() name!: string;
  child!: Child;
}

describe('toFieldErrors', () => {
  it('names the rule each field broke, with the limits its decorator was declared with', async () => {
    const sample = plainToInstance(Sample, {
      email: 'not an address',
      title: 'x'.repeat(201),
      language: 'fi',
      tags: ['a', 'b', 'c'],
      countryCode: 'Estonia',
      name: 'Kadri',
    });
    const errors = toFieldErrors(await validate(sample));

    expect(errors).toEqual([
      { field: 'email', rule: 'email', message: 'must be an e-mail address' },
      { field: 'title', rule: 'maxLength', params: { max: 200 }, message: 'must be at most 200 characters' },
      { field: 'language', rule: 'oneOf', params: { values: 'en, et' }, message: 'must be one of en, et' },
      { field: 'tags', rule: 'maxItems', params: { max: 2 }, message: 'must list at most 2' },
      { field: 'countryCode', rule: 'countryCode', message: 'must be a country code such as EE' },
    ]);
  });

  it('keeps class-validator’s own text for a constraint it has no rule for', () => {
    const errors = toFieldErrors([
      { property: 'x', constraints: { isHexColor: 'x must be a hex color' }, children: [] },
    ]);
    expect(errors).toEqual([{ field: 'x', rule: 'invalid', message: 'x must be a hex color' }]);
  });

  it('names nested fields by their path', () => {
    const errors = toFieldErrors([
      {
        property: 'dates',
        children: [{ property: '0', children: [{ property: 'startsAt', constraints: { isNotEmpty: 'no' } }] }],
      },
    ]);
    expect(errors).toEqual([{ field: 'dates.0.startsAt', rule: 'required', message: 'is required' }]);
  });
});
