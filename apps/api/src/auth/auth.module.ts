import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PeopleModule } from '../modules/people/people.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { PolicyGuard } from './policy.guard';
import { SessionsService } from './sessions.service';

@Module({
  imports: [PeopleModule],
  providers: [
    AuthService,
    AuthResolver,
    SessionsService,
    PasswordHasher,
    LoginThrottleService,
    { provide: APP_GUARD, useClass: PolicyGuard },
  ],
  exports: [SessionsService, PasswordHasher, LoginThrottleService],
})
export class AuthModule {}
