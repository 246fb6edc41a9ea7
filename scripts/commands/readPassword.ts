// Passwords for the CLI come from a prompt or standard input, never from the command line, where
// they would stay in the shell history and be visible to every user in the process list.

/** Standard input that is not a terminal (a pipe or a file): its first line is the password. */
async function firstLine(input: NodeJS.ReadStream): Promise<string> {
  let data = '';
  input.setEncoding('utf8');
  for await (const chunk of input) data += String(chunk);
  return data.split(/\r?\n/)[0] ?? '';
}

/** A terminal: ask with the input hidden (no echo), read up to Enter. */
function hidden(prompt: string, input: NodeJS.ReadStream, output: NodeJS.WriteStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
    };
    const onData = (chunk: string) => {
      for (const c of chunk) {
        if (c === '\r' || c === '\n' || c === '\u0004') return finish(), resolve(value);
        if (c === '\u0003') return finish(), reject(new Error('Afgebroken.'));
        value = c === '\u007f' || c === '\b' ? value.slice(0, -1) : value + c;
      }
    };
    output.write(prompt);
    input.setRawMode(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}

/** The new password: typed twice on a terminal, or the first line of standard input. */
export async function readNewPassword(input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr): Promise<{ password: string; mismatch: boolean }> {
  if (!input.isTTY) return { password: await firstLine(input), mismatch: false };
  const password = await hidden('Wachtwoord (wordt niet getoond): ', input, output);
  const again = await hidden('Herhaal het wachtwoord: ', input, output);
  return { password, mismatch: password !== again };
}
