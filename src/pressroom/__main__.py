from pressroom.cli.fast import main

main()
