from pressroom.cli.app import main

main()
