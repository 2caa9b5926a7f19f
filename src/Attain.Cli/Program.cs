using System.Text;
using Attain.Cli;

Console.OutputEncoding = Encoding.UTF8;
return AttainCommand.Run(args, Console.Out, Console.Error);
