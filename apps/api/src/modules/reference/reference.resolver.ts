import { Args, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../../auth/policy.decorator';
import { CountryModel } from './country.model';
import { ReferenceService } from './reference.service';

@Resolver()
export class ReferenceResolver {
  constructor(private readonly reference: ReferenceService) {}

  @SignedIn()
  @Query(() => [CountryModel], { description: 'Countries, programme countries first.' })
  countries(
    @Args('programmeOnly', { type: () => Boolean, defaultValue: false }) programmeOnly: boolean,
  ): Promise<CountryModel[]> {
    return this.reference.countries(programmeOnly);
  }
}
