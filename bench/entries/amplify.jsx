// AWS Amplify UI: <Authenticator /> with aws-amplify configured for a (dummy) Cognito user pool, and its stylesheet.
import { Amplify } from 'aws-amplify';
import { Authenticator } from '@aws-amplify/ui-react';
import '@aws-amplify/ui-react/styles.css';

Amplify.configure({ Auth: { Cognito: { userPoolId: 'us-east-1_Bench0000', userPoolClientId: 'benchclient0000000000000000' } } });

export function LoginScreen() {
  return <Authenticator />;
}
