import { GraphQLFormattedError, GraphQLSchema, isEnumType } from 'graphql';

const UNKNOWN_ENUM_VALUE = /Value "([^"]*)" does not exist in "(\w+)" enum\./;

/**
 * Apollo's formatError: an unknown enum value is the client's input to fix, so it gets
 * BAD_USER_INPUT (graphql-js files it as a validation failure), and, outside production,
 * the values it could have sent.
 */
export function createFormatError(schema: GraphQLSchema, { production }: { production: boolean }) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const match = UNKNOWN_ENUM_VALUE.exec(formatted.message);
    if (!match) return formatted;
    const enumType = schema.getType(match[2]!);
    const allowed = isEnumType(enumType) ? enumType.getValues().map((value) => value.name) : [];
    const hint = !production && allowed.length > 0 ? ` Send one of: ${allowed.join(', ')}.` : '';
    return {
      ...formatted,
      message: `${formatted.message.replace(/ Did you mean [^?]*\?$/, '')}${hint}`,
      extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' },
    };
  };
}
