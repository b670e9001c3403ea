Console.WriteLine("istmo");
