import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';

@ArgsType()
export class MyNotificationsArgs {
  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  unreadOnly = false;
}
